import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { newId } from '../../../platform/db/index.ts';
import { actor, tx } from '../../../platform/tx/index.ts';
import { stockCountLines, stockCounts } from './inventory.tables.ts';

export type CountRow = typeof stockCounts.$inferSelect;
export type CountLineRow = typeof stockCountLines.$inferSelect;

export const ownCounts = () => eq(stockCounts.tenantId, actor().tenantId);

export async function insertCount(row: { number: string; warehouseId: string; countDate: string; note: string | null }, lines: { itemId: string; systemQty: string; unitCost: string }[]): Promise<string> {
  const { tenantId, userId } = actor();
  const id = newId();
  await tx().insert(stockCounts).values({ ...row, id, tenantId, createdBy: userId || null });
  await tx().insert(stockCountLines).values(lines.map((l) => ({ ...l, id: newId(), tenantId, countId: id })));
  return id;
}

export async function findCount(id: string, forUpdate = false): Promise<CountRow | undefined> {
  const q = tx().select().from(stockCounts).where(and(ownCounts(), eq(stockCounts.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function countLines(countId: string): Promise<CountLineRow[]> {
  return tx().select().from(stockCountLines)
    .where(and(eq(stockCountLines.tenantId, actor().tenantId), eq(stockCountLines.countId, countId)))
    .orderBy(asc(stockCountLines.id));
}

export async function setCountedQty(lineId: string, countedQty: string | null, note: string | null | undefined): Promise<void> {
  await tx().update(stockCountLines).set({ countedQty, ...(note !== undefined ? { note } : {}) })
    .where(and(eq(stockCountLines.tenantId, actor().tenantId), eq(stockCountLines.id, lineId)));
}

export async function updateCount(id: string, changes: Partial<typeof stockCounts.$inferInsert>): Promise<void> {
  await tx().update(stockCounts).set({ ...changes, updatedAt: new Date() }).where(and(ownCounts(), eq(stockCounts.id, id)));
}

/** Lines and counted lines per count, for lists. */
export async function lineCounts(countIds: readonly string[]): Promise<Map<string, { lines: number; counted: number }>> {
  if (countIds.length === 0) return new Map();
  const rows = await tx().select({
    countId: stockCountLines.countId,
    lines: sql<number>`count(*)::int`,
    counted: sql<number>`count(${stockCountLines.countedQty})::int`,
  }).from(stockCountLines)
    .where(and(eq(stockCountLines.tenantId, actor().tenantId), inArray(stockCountLines.countId, [...countIds])))
    .groupBy(stockCountLines.countId);
  return new Map(rows.map((r) => [r.countId, { lines: Number(r.lines), counted: Number(r.counted) }]));
}
