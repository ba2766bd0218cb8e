import { and, between, eq, sql } from 'drizzle-orm';
import { tx } from '../../../../platform/tx/index.ts';
import { finAccounts, finVoucherLines } from '../finance.tables.ts';

/** Posted P&L sums of a period per leaf account and dimension values (what 结转损益 empties). */
export function profitLossNets(period: number) {
  const l = finVoucherLines;
  return tx().select({
    accountId: l.accountId, partnerId: l.partnerId, departmentId: l.departmentId, employeeId: l.employeeId,
    projectId: l.projectId, itemId: l.itemId,
    debit: sql<string>`sum(${l.debit})::text`, credit: sql<string>`sum(${l.credit})::text`,
  }).from(l).innerJoin(finAccounts, eq(finAccounts.id, l.accountId))
    .where(and(eq(l.period, period), eq(l.posted, true), eq(finAccounts.category, 'profitLoss')))
    .groupBy(l.accountId, l.partnerId, l.departmentId, l.employeeId, l.projectId, l.itemId);
}

/** Posted debit and credit of one account over a range of periods. */
export async function accountSums(accountId: string, from: number, to: number): Promise<{ debit: string; credit: string }> {
  const [row] = await tx().select({
    debit: sql<string>`coalesce(sum(${finVoucherLines.debit}), 0)::text`, credit: sql<string>`coalesce(sum(${finVoucherLines.credit}), 0)::text`,
  }).from(finVoucherLines).where(and(eq(finVoucherLines.accountId, accountId), eq(finVoucherLines.posted, true), between(finVoucherLines.period, from, to)));
  return row ?? { debit: '0', credit: '0' };
}
