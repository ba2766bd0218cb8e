import type { EventEnvelope } from '@triad/contracts';
import { onEvent } from '../../../platform/events/index.ts';
import { notifyUsers } from '../../../platform/notify/index.ts';
import { itemFacts, warehouseNamesOf } from '../infra/catalog.gateway.ts';
import { purchaserIds } from '../infra/purchasers.query.ts';

/** 库存预警 → the purchasers: which item fell to its reorder point, with the alerts tab to act on. */
export async function notifyPurchasersOfLowStock(event: EventEnvelope<'inventory.stock.low'>): Promise<void> {
  const { itemId, warehouseId, available, reorderPoint } = event.payload;
  const recipients = await purchaserIds();
  if (recipients.length === 0) return;
  const item = (await itemFacts([itemId])).get(itemId);
  const warehouse = (await warehouseNamesOf([warehouseId])).get(warehouseId) ?? '';
  const label = item ? `${item.code} ${item.name}` : itemId;
  await notifyUsers(recipients, {
    title: `库存预警：${label}`,
    body: `${warehouse} 可用库存 ${trim(available)}，已低于再订货点 ${trim(reorderPoint)}`,
    link: '/inventory/stock?tab=alerts',
    category: 'inventory',
    data: { itemId, warehouseId },
  });
}

const trim = (q: string) => q.replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');

onEvent('inventory.stock.low', 'inventory.notifyPurchasers', notifyPurchasersOfLowStock);
