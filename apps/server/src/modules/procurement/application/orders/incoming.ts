import Decimal from 'decimal.js';
import { itemsByIds } from '../../../catalog/index.ts';
import { adjustIncoming } from '../../../inventory/index.ts';
import type { OrderLineRow } from '../../infra/orders.repository.ts';
import { toBase } from './order-amounts.ts';

/**
 * 在途: a confirmed order raises incoming by what is still to come on each line; receipts, a cancel
 * or a close lower it. Only stocked items have a balance to carry it.
 */
export async function moveIncoming(warehouseId: string, lines: readonly OrderLineRow[], sign: 1 | -1, rest = false): Promise<void> {
  const items = await itemsByIds(lines.map((l) => l.itemId));
  const deltas = lines.flatMap((l) => {
    if (!items.get(l.itemId)?.stocked) return [];
    const qty = rest ? Decimal.max(new Decimal(l.quantity).minus(l.receivedQty), 0).toString() : l.quantity;
    const base = toBase(qty, l.unitFactor);
    return new Decimal(base).isZero() ? [] : [{ itemId: l.itemId, warehouseId, quantity: new Decimal(base).times(sign).toFixed(4) }];
  });
  if (deltas.length) await adjustIncoming(deltas);
}
