import { and, asc, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { purchaseRequestLines, purchaseRequests } from './procurement.tables.ts';

export type RequestRow = typeof purchaseRequests.$inferSelect;
export type RequestLineRow = typeof purchaseRequestLines.$inferSelect;
export type RequestStatus = RequestRow['status'];

const own = () => eq(purchaseRequests.tenantId, actor().tenantId);

export async function insertRequest(row: typeof purchaseRequests.$inferInsert, lines: (typeof purchaseRequestLines.$inferInsert)[]): Promise<void> {
  await tx().insert(purchaseRequests).values(row);
  if (lines.length) await tx().insert(purchaseRequestLines).values(lines);
}

/** One request; `lock` takes the row lock so concurrent status changes queue up. */
export async function findRequest(id: string, lock = false): Promise<RequestRow | undefined> {
  const q = tx().select().from(purchaseRequests).where(and(own(), eq(purchaseRequests.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function requestLines(requestId: string): Promise<RequestLineRow[]> {
  return tx().select().from(purchaseRequestLines)
    .where(and(eq(purchaseRequestLines.tenantId, actor().tenantId), eq(purchaseRequestLines.requestId, requestId)))
    .orderBy(asc(purchaseRequestLines.lineNo));
}

export async function requestLinesByIds(ids: readonly string[]): Promise<RequestLineRow[]> {
  if (ids.length === 0) return [];
  return tx().select().from(purchaseRequestLines)
    .where(and(eq(purchaseRequestLines.tenantId, actor().tenantId), inArray(purchaseRequestLines.id, [...new Set(ids)])));
}

/** Replaces a draft's header fields and lines. */
export async function replaceRequest(id: string, patch: Partial<typeof purchaseRequests.$inferInsert>, lines: (typeof purchaseRequestLines.$inferInsert)[]): Promise<void> {
  await tx().update(purchaseRequests).set({ ...patch, updatedAt: new Date() }).where(and(own(), eq(purchaseRequests.id, id)));
  await tx().delete(purchaseRequestLines).where(and(eq(purchaseRequestLines.tenantId, actor().tenantId), eq(purchaseRequestLines.requestId, id)));
  if (lines.length) await tx().insert(purchaseRequestLines).values(lines);
}

/** Moves a request from one of `from` to a new status; null when it was not in `from` (someone else moved it). */
export async function transitionRequest(id: string, from: readonly RequestStatus[], patch: Partial<typeof purchaseRequests.$inferInsert>): Promise<RequestRow | null> {
  const [row] = await tx().update(purchaseRequests).set({ ...patch, updatedAt: new Date() })
    .where(and(own(), eq(purchaseRequests.id, id), inArray(purchaseRequests.status, [...from]))).returning();
  return row ?? null;
}

export async function setOrderedQty(lineId: string, orderedQty: string): Promise<void> {
  await tx().update(purchaseRequestLines).set({ orderedQty })
    .where(and(eq(purchaseRequestLines.tenantId, actor().tenantId), eq(purchaseRequestLines.id, lineId)));
}
