import { and, eq, ne } from 'drizzle-orm';
import type { CreateStockCountRequest } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { itemCategories } from '../../../catalog/index.ts';
import { inventoryErrors } from '../../inventory.errors.ts';
import { stockBalances } from '../../infra/inventory.tables.ts';
import { assertWarehouse, itemFacts } from '../../infra/catalog.gateway.ts';
import { insertCount } from '../../infra/counts.repository.ts';
import { inventoryDocTypes } from '../doc-types.ts';

/** The category and every category below it. */
async function categoryTree(rootId: string): Promise<Set<string>> {
  const rows = await tx().select({ id: itemCategories.id, parentId: itemCategories.parentId }).from(itemCategories)
    .where(eq(itemCategories.tenantId, actor().tenantId));
  const ids = new Set([rootId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) if (r.parentId && ids.has(r.parentId) && !ids.has(r.id)) { ids.add(r.id); grew = true; }
  }
  return ids;
}

/**
 * 盘点单: freezes the system quantity (and cost) of every item held in the warehouse — or in one
 * category — so counters enter what they find and the difference is posted later.
 */
export async function createStockCount(input: CreateStockCountRequest): Promise<string> {
  await assertWarehouse(input.warehouseId);
  const balances = await tx().select().from(stockBalances)
    .where(and(eq(stockBalances.tenantId, actor().tenantId), eq(stockBalances.warehouseId, input.warehouseId),
      // Rows only ever touched by purchase orders (nothing moved yet) are not stock to count.
      ne(stockBalances.onHand, '0')));
  const facts = await itemFacts(balances.map((b) => b.itemId));
  const categories = input.categoryId ? await categoryTree(input.categoryId) : null;
  const lines = balances
    .filter((b) => facts.get(b.itemId)?.stocked && (!categories || categories.has(facts.get(b.itemId)!.categoryId)))
    .map((b) => ({ itemId: b.itemId, systemQty: b.onHand, unitCost: b.avgCost }))
    .sort((a, b) => (facts.get(a.itemId)!.code < facts.get(b.itemId)!.code ? -1 : 1));
  if (lines.length === 0) throw inventoryErrors['inventory.count.empty']();
  const number = await nextNumber(inventoryDocTypes.count);
  const id = await insertCount({ number, warehouseId: input.warehouseId, countDate: input.countDate, note: input.note ?? null }, lines);
  await recordAudit({ entity: 'stockCount', entityId: id, action: 'create', after: { number, ...input, lines: lines.length } });
  return id;
}
