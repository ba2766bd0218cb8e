import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { RfqListQuery } from '@triad/contracts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { purchaseOrders, purchaseRequests, rfqLines, rfqQuotes, rfqs } from '../../infra/procurement.tables.ts';

export type RfqRow = typeof rfqs.$inferSelect;
export type RfqLineRow = typeof rfqLines.$inferSelect;
export type RfqQuoteRow = typeof rfqQuotes.$inferSelect;

const own = (): SQL => eq(rfqs.tenantId, actor().tenantId);

export async function insertRfq(row: typeof rfqs.$inferInsert, lines: (typeof rfqLines.$inferInsert)[]): Promise<void> {
  await tx().insert(rfqs).values(row);
  if (lines.length) await tx().insert(rfqLines).values(lines);
}

/** One RFQ; `lock` queues concurrent changes (two buyers awarding at once). */
export async function findRfq(id: string, lock = false): Promise<RfqRow | undefined> {
  const q = tx().select().from(rfqs).where(and(own(), eq(rfqs.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function updateRfqRow(id: string, changes: Partial<typeof rfqs.$inferInsert>): Promise<void> {
  await tx().update(rfqs).set({ ...changes, updatedAt: new Date() }).where(and(own(), eq(rfqs.id, id)));
}

/** Replaces a draft's lines (its quotes go with them: a draft has none). */
export async function replaceRfqLines(rfqId: string, lines: (typeof rfqLines.$inferInsert)[]): Promise<void> {
  await tx().delete(rfqLines).where(and(eq(rfqLines.tenantId, actor().tenantId), eq(rfqLines.rfqId, rfqId)));
  if (lines.length) await tx().insert(rfqLines).values(lines);
}

export async function linesOfRfq(rfqId: string): Promise<RfqLineRow[]> {
  return tx().select().from(rfqLines).where(and(eq(rfqLines.tenantId, actor().tenantId), eq(rfqLines.rfqId, rfqId))).orderBy(asc(rfqLines.lineNo));
}

export async function quotesOfRfq(rfqId: string): Promise<RfqQuoteRow[]> {
  return tx().select().from(rfqQuotes).where(and(eq(rfqQuotes.tenantId, actor().tenantId), eq(rfqQuotes.rfqId, rfqId))).orderBy(asc(rfqQuotes.createdAt), asc(rfqQuotes.id));
}

/** Replaces the quotes of the given suppliers with `rows`. */
export async function replaceQuotes(rfqId: string, supplierIds: readonly string[], rows: (typeof rfqQuotes.$inferInsert)[]): Promise<void> {
  if (supplierIds.length) {
    await tx().delete(rfqQuotes).where(and(eq(rfqQuotes.tenantId, actor().tenantId), eq(rfqQuotes.rfqId, rfqId), inArray(rfqQuotes.supplierId, [...supplierIds])));
  }
  if (rows.length) await tx().insert(rfqQuotes).values(rows);
}

export async function markChosen(quoteIds: readonly string[]): Promise<void> {
  if (quoteIds.length === 0) return;
  await tx().update(rfqQuotes).set({ chosen: true }).where(and(eq(rfqQuotes.tenantId, actor().tenantId), inArray(rfqQuotes.id, [...quoteIds])));
}

export async function ordersOfRfq(rfqId: string) {
  return tx().select({
    id: purchaseOrders.id, number: purchaseOrders.number, supplierId: purchaseOrders.supplierId, status: purchaseOrders.status, grossAmount: purchaseOrders.grossAmount,
  }).from(purchaseOrders).where(and(eq(purchaseOrders.tenantId, actor().tenantId), eq(purchaseOrders.rfqId, rfqId))).orderBy(asc(purchaseOrders.number));
}

/** RFQs newest first with their request number and line / quote counts. */
export async function listRfqRows(query: RfqListQuery & { id?: string }) {
  const keyword = query.keyword ? `%${query.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return tx().select({
    rfq: rfqs, requestNumber: purchaseRequests.number,
    lineCount: sql<number>`(select count(*) from rfq_lines l where l.rfq_id = ${rfqs.id})::int`,
    quoteCount: sql<number>`(select count(*) from rfq_quotes q where q.rfq_id = ${rfqs.id})::int`,
  }).from(rfqs)
    .leftJoin(purchaseRequests, and(eq(purchaseRequests.tenantId, rfqs.tenantId), eq(purchaseRequests.id, rfqs.requestId)))
    .where(and(
      own(),
      query.id ? eq(rfqs.id, query.id) : undefined,
      query.status ? eq(rfqs.status, query.status) : undefined,
      keyword ? or(ilike(rfqs.number, keyword), ilike(rfqs.title, keyword)) : undefined,
    ))
    .orderBy(desc(rfqs.createdAt), desc(rfqs.number))
    .limit(500);
}
