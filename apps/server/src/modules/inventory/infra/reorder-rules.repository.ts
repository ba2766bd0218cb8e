import { and, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { reorderRules } from './inventory.tables.ts';

export type ReorderRuleRow = typeof reorderRules.$inferSelect;

export const ownRules = () => eq(reorderRules.tenantId, actor().tenantId);

/** The rules of these items (all warehouses); the caller picks the item × warehouse pairs. */
export async function rulesOfItems(itemIds: readonly string[]): Promise<ReorderRuleRow[]> {
  if (itemIds.length === 0) return [];
  return tx().select().from(reorderRules).where(and(ownRules(), inArray(reorderRules.itemId, [...new Set(itemIds)])));
}

export async function upsertRule(row: { itemId: string; warehouseId: string; safetyStock: string; reorderPoint: string; reorderQty: string | null }): Promise<ReorderRuleRow> {
  const [saved] = await tx().insert(reorderRules).values({ ...row, tenantId: actor().tenantId })
    .onConflictDoUpdate({
      target: [reorderRules.tenantId, reorderRules.itemId, reorderRules.warehouseId],
      set: { safetyStock: row.safetyStock, reorderPoint: row.reorderPoint, reorderQty: row.reorderQty, updatedAt: new Date() },
    }).returning();
  if (!saved) throw new Error('reorder_rules: upsert returned no row');
  return saved;
}

export async function deleteRule(itemId: string, warehouseId: string): Promise<boolean> {
  const rows = await tx().delete(reorderRules)
    .where(and(ownRules(), eq(reorderRules.itemId, itemId), eq(reorderRules.warehouseId, warehouseId)))
    .returning({ itemId: reorderRules.itemId });
  return rows.length > 0;
}
