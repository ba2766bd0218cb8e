import { and, eq, isNull, sql } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finVoucherLines, finVouchers } from '../finance.tables.ts';

export type VoucherRow = typeof finVouchers.$inferSelect;
export type VoucherLineRow = typeof finVoucherLines.$inferSelect;
export type VoucherInsert = typeof finVouchers.$inferInsert;
export type LineInsert = typeof finVoucherLines.$inferInsert;

/**
 * The next sequence number of a word in a period. An advisory lock per tenant × period × word,
 * held until commit, makes concurrent creators take turns instead of colliding on the number.
 */
export async function nextVoucherSeq(period: number, word: string): Promise<number> {
  const key = `fin_voucher_seq:${actor().tenantId}:${period}:${word}`;
  await tx().execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  const [row] = await tx().select({ max: sql<number>`coalesce(max(${finVouchers.seq}), 0)::int` }).from(finVouchers)
    .where(and(eq(finVouchers.period, period), eq(finVouchers.word, word as VoucherRow['word'])));
  return (row?.max ?? 0) + 1;
}

export async function insertVoucherWithLines(voucher: VoucherInsert, lines: LineInsert[]): Promise<void> {
  await tx().insert(finVouchers).values(voucher);
  if (lines.length > 0) await tx().insert(finVoucherLines).values(lines);
}

export async function replaceLines(voucherId: string, lines: LineInsert[]): Promise<void> {
  await tx().delete(finVoucherLines).where(eq(finVoucherLines.voucherId, voucherId));
  if (lines.length > 0) await tx().insert(finVoucherLines).values(lines);
}

export async function findVoucher(id: string, lock = false): Promise<VoucherRow | undefined> {
  const q = tx().select().from(finVouchers).where(eq(finVouchers.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The (non-reversal) voucher a business document produced. */
export async function findVoucherBySource(type: string, id: string): Promise<VoucherRow | undefined> {
  const [row] = await tx().select().from(finVouchers)
    .where(and(eq(finVouchers.sourceType, type), eq(finVouchers.sourceId, id), isNull(finVouchers.reversalOfId)));
  return row;
}

export function linesOfVoucher(voucherId: string): Promise<VoucherLineRow[]> {
  return tx().select().from(finVoucherLines).where(eq(finVoucherLines.voucherId, voucherId)).orderBy(finVoucherLines.lineNo);
}

export async function updateVoucherRow(id: string, patch: Partial<VoucherInsert>): Promise<void> {
  await tx().update(finVouchers).set({ ...patch, updatedAt: new Date() }).where(eq(finVouchers.id, id));
}

export async function deleteVoucherRow(id: string): Promise<void> {
  await tx().delete(finVouchers).where(eq(finVouchers.id, id));
}
