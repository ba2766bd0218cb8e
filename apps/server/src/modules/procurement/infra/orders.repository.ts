import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { purchaseOrderLines, purchaseOrders } from './procurement.tables.ts';

export type OrderRow = typeof purchaseOrders.$inferSelect;
export type OrderLineRow = typeof purchaseOrderLines.$inferSelect;
export type OrderStatus = OrderRow['status'];

const own = () => eq(purchaseOrders.tenantId, actor().tenantId);
const ownLines = () => eq(purchaseOrderLines.tenantId, actor().tenantId);

export async function insertOrder(row: typeof purchaseOrders.$inferInsert, lines: (typeof purchaseOrderLines.$inferInsert)[]): Promise<void> {
  await tx().insert(purchaseOrders).values(row);
  if (lines.length) await tx().insert(purchaseOrderLines).values(lines);
}

export async function findOrder(id: string, lock = false): Promise<OrderRow | undefined> {
  const q = tx().select().from(purchaseOrders).where(and(own(), eq(purchaseOrders.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function orderLines(orderId: string): Promise<OrderLineRow[]> {
  return tx().select().from(purchaseOrderLines).where(and(ownLines(), eq(purchaseOrderLines.orderId, orderId))).orderBy(asc(purchaseOrderLines.lineNo));
}

export async function orderLinesByIds(ids: readonly string[]): Promise<OrderLineRow[]> {
  if (ids.length === 0) return [];
  return tx().select().from(purchaseOrderLines).where(and(ownLines(), inArray(purchaseOrderLines.id, [...new Set(ids)])));
}

/** Order lines bought for these request lines, with their order's status, leaving out orders that will never arrive. */
export async function orderLinesOfRequestLines(requestLineIds: readonly string[], excluded: readonly OrderStatus[]) {
  if (requestLineIds.length === 0) return [];
  return tx().select({ line: purchaseOrderLines, status: purchaseOrders.status }).from(purchaseOrderLines)
    .innerJoin(purchaseOrders, eq(purchaseOrders.id, purchaseOrderLines.orderId))
    .where(and(ownLines(), inArray(purchaseOrderLines.requestLineId, [...new Set(requestLineIds)]), notInArray(purchaseOrders.status, [...excluded])));
}

export async function ordersOfRequest(requestId: string): Promise<OrderRow[]> {
  return tx().select().from(purchaseOrders).where(and(own(), eq(purchaseOrders.requestId, requestId))).orderBy(asc(purchaseOrders.number));
}

export async function replaceOrder(id: string, patch: Partial<typeof purchaseOrders.$inferInsert>, lines: (typeof purchaseOrderLines.$inferInsert)[]): Promise<void> {
  await tx().update(purchaseOrders).set({ ...patch, updatedAt: new Date() }).where(and(own(), eq(purchaseOrders.id, id)));
  await tx().delete(purchaseOrderLines).where(and(ownLines(), eq(purchaseOrderLines.orderId, id)));
  if (lines.length) await tx().insert(purchaseOrderLines).values(lines);
}

export async function transitionOrder(id: string, from: readonly OrderStatus[], patch: Partial<typeof purchaseOrders.$inferInsert>): Promise<OrderRow | null> {
  const [row] = await tx().update(purchaseOrders).set({ ...patch, updatedAt: new Date() })
    .where(and(own(), eq(purchaseOrders.id, id), inArray(purchaseOrders.status, [...from]))).returning();
  return row ?? null;
}

export async function updateOrderLine(id: string, patch: Partial<Pick<OrderLineRow, 'receivedQty' | 'returnedQty'>>): Promise<void> {
  await tx().update(purchaseOrderLines).set(patch).where(and(ownLines(), eq(purchaseOrderLines.id, id)));
}
