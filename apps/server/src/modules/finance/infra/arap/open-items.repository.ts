import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finOpenItems, finSettlements } from '../finance.tables.ts';

export type OpenItemRow = typeof finOpenItems.$inferSelect;
export type NewOpenItemRow = typeof finOpenItems.$inferInsert;

export const ownOpenItems = (): SQL => eq(finOpenItems.tenantId, actor().tenantId);

export async function insertOpenItem(row: NewOpenItemRow): Promise<OpenItemRow> {
  const [created] = await tx().insert(finOpenItems).values(row).returning();
  if (!created) throw new Error('fin_open_items: insert returned no row');
  return created;
}

export async function findOpenItem(id: string): Promise<OpenItemRow | undefined> {
  const [row] = await tx().select().from(finOpenItems).where(and(ownOpenItems(), eq(finOpenItems.id, id)));
  return row;
}

export async function findOpenItems(ids: readonly string[]): Promise<OpenItemRow[]> {
  if (ids.length === 0) return [];
  return tx().select().from(finOpenItems).where(and(ownOpenItems(), inArray(finOpenItems.id, [...ids])));
}

export async function findOpenItemBySource(kind: 'receivable' | 'payable', sourceType: string, sourceId: string): Promise<OpenItemRow | undefined> {
  const [row] = await tx().select().from(finOpenItems)
    .where(and(ownOpenItems(), eq(finOpenItems.kind, kind), eq(finOpenItems.sourceType, sourceType), eq(finOpenItems.sourceId, sourceId)));
  return row;
}

/**
 * Adds `amount` to what is settled, only while it still fits (settled + amount ≤ amount): two
 * payments executed at once against the same item serialise on the row lock, and the second one
 * re-checks the condition against the first one's result. The CHECK constraint is the backstop.
 * Returns the updated row, or undefined when the amount no longer fits.
 */
export async function settleOpenItem(id: string, amount: string): Promise<OpenItemRow | undefined> {
  const [row] = await tx().update(finOpenItems).set({
    settled: sql`${finOpenItems.settled} + ${amount}::numeric`,
    status: sql`case when ${finOpenItems.settled} + ${amount}::numeric = ${finOpenItems.amount} then 'settled' else 'partial' end`,
    updatedAt: new Date(),
  }).where(and(ownOpenItems(), eq(finOpenItems.id, id), sql`${finOpenItems.settled} + ${amount}::numeric <= ${finOpenItems.amount}`)).returning();
  return row;
}

export async function insertSettlement(row: typeof finSettlements.$inferInsert): Promise<void> {
  await tx().insert(finSettlements).values(row);
}

/** Removes an untouched open item (a cancelled invoice); returns false when anything was settled meanwhile. */
export async function deleteUnsettledOpenItem(id: string): Promise<boolean> {
  const rows = await tx().delete(finOpenItems)
    .where(and(ownOpenItems(), eq(finOpenItems.id, id), eq(finOpenItems.settled, '0'))).returning({ id: finOpenItems.id });
  return rows.length > 0;
}
