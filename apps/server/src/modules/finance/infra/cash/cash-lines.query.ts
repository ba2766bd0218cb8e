import Decimal from 'decimal.js';
import { and, asc, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finAccountBalances, finAccounts, finVoucherLines, finVouchers } from '../finance.tables.ts';

const own = () => eq(finVoucherLines.tenantId, actor().tenantId);

/** Balance of one ledger account before `date`: earlier periods from the balances, the same month from its lines. */
export async function balanceBefore(accountId: string, date: string, period: number): Promise<string> {
  const [earlier] = await tx().select({ v: sql<string>`coalesce(sum(${finAccountBalances.debit} - ${finAccountBalances.credit}), 0)::text` })
    .from(finAccountBalances)
    .where(and(eq(finAccountBalances.tenantId, actor().tenantId), eq(finAccountBalances.accountId, accountId), lt(finAccountBalances.period, period)));
  const [sameMonth] = await tx().select({ v: sql<string>`coalesce(sum(${finVoucherLines.debit} - ${finVoucherLines.credit}), 0)::text` })
    .from(finVoucherLines)
    .where(and(own(), eq(finVoucherLines.accountId, accountId), eq(finVoucherLines.posted, true), eq(finVoucherLines.period, period), lt(finVoucherLines.voucherDate, date)));
  return new Decimal(earlier?.v ?? 0).plus(sameMonth?.v ?? 0).toFixed(2);
}

/** Posted lines of one ledger account between two dates, in date and voucher order. */
export async function postedLines(accountId: string, from: string, to: string) {
  return tx().select({
    date: finVoucherLines.voucherDate, voucherId: finVoucherLines.voucherId, voucherNumber: finVouchers.number, period: finVoucherLines.period,
    summary: finVoucherLines.summary, debit: finVoucherLines.debit, credit: finVoucherLines.credit,
  }).from(finVoucherLines).innerJoin(finVouchers, eq(finVouchers.id, finVoucherLines.voucherId))
    .where(and(own(), eq(finVoucherLines.accountId, accountId), eq(finVoucherLines.posted, true), gte(finVoucherLines.voucherDate, from), lte(finVoucherLines.voucherDate, to)))
    .orderBy(asc(finVoucherLines.voucherDate), asc(finVoucherLines.period), asc(sql`array_position(array['ji', 'shou', 'fu', 'zhuan']::text[], ${finVouchers.word})`), asc(finVouchers.seq), asc(finVoucherLines.lineNo));
}

/** Posted lines on cash accounts per cash-flow category over a period range: Σ debit (in), Σ credit (out). */
export async function cashFlowSums(from: number, to: number) {
  return tx().select({
    category: finVoucherLines.cashFlowCategory,
    inflow: sql<string>`coalesce(sum(${finVoucherLines.debit}), 0)::text`,
    outflow: sql<string>`coalesce(sum(${finVoucherLines.credit}), 0)::text`,
  }).from(finVoucherLines).innerJoin(finAccounts, eq(finAccounts.id, finVoucherLines.accountId))
    .where(and(own(), eq(finAccounts.isCash, true), eq(finVoucherLines.posted, true), gte(finVoucherLines.period, from), lte(finVoucherLines.period, to)))
    .groupBy(finVoucherLines.cashFlowCategory);
}
