import Decimal from 'decimal.js';
import type { ReorderRule, UpsertReorderRuleRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { inventoryErrors } from '../inventory.errors.ts';
import { assertWarehouse, itemFacts } from '../infra/catalog.gateway.ts';
import { deleteRule, upsertRule } from '../infra/reorder-rules.repository.ts';
import { ensureBalances, lockBalances, balanceKey } from '../infra/balances.repository.ts';
import { selectRuleRows } from '../infra/stock-list.query.ts';
import { checkLowStock } from './low-stock.ts';

export async function listReorderRules(query: { itemId?: string; warehouseId?: string }): Promise<{ items: ReorderRule[] }> {
  return { items: await selectRuleRows(query) };
}

/**
 * 安全库存 / 再订货点 per item × warehouse (one rule each: saving again replaces it). A new
 * point is checked at once: stock already below it alerts the purchasers now.
 */
export async function saveReorderRule(input: UpsertReorderRuleRequest): Promise<ReorderRule> {
  const item = (await itemFacts([input.itemId])).get(input.itemId);
  if (!item) throw inventoryErrors['inventory.item.notFound'](undefined, { itemId: input.itemId });
  if (!item.stocked) throw inventoryErrors['inventory.item.notStocked'](undefined, { itemId: input.itemId });
  await assertWarehouse(input.warehouseId);
  const saved = await upsertRule({
    itemId: input.itemId, warehouseId: input.warehouseId, safetyStock: input.safetyStock ?? '0', reorderPoint: input.reorderPoint, reorderQty: input.reorderQty ?? null,
  });
  const key = { itemId: input.itemId, warehouseId: input.warehouseId };
  await ensureBalances([key], () => item.allowNegative);
  const row = (await lockBalances([key])).get(balanceKey(key));
  if (row) await checkLowStock([{ ...key, onHand: new Decimal(row.onHand), reserved: new Decimal(row.reserved), alertedAt: row.alertedAt }]);
  await recordAudit({ entity: 'reorderRule', entityId: `${input.itemId}:${input.warehouseId}`, action: 'save', after: saved });
  const [view] = await selectRuleRows(key);
  return view!;
}

export async function removeReorderRule(itemId: string, warehouseId: string): Promise<void> {
  if (!(await deleteRule(itemId, warehouseId))) throw inventoryErrors['inventory.reorderRule.notFound'](undefined, { itemId, warehouseId });
  await recordAudit({ entity: 'reorderRule', entityId: `${itemId}:${warehouseId}`, action: 'delete' });
}
