import { and, asc, desc, eq, lt, sql } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { users } from '../../../org/index.ts';
import { finPeriods, finVouchers } from '../finance.tables.ts';

export type PeriodRowDb = typeof finPeriods.$inferSelect;

export async function insertOpenPeriods(periods: number[]): Promise<void> {
  if (periods.length === 0) return;
  const tenantId = actor().tenantId;
  await tx().insert(finPeriods).values(periods.map((period) => ({ tenantId, period, status: 'open' as const }))).onConflictDoNothing();
}

export async function findPeriod(period: number, lock = false): Promise<PeriodRowDb | undefined> {
  const q = tx().select().from(finPeriods).where(eq(finPeriods.period, period));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function latestPeriod(): Promise<number | null> {
  const [row] = await tx().select({ p: finPeriods.period }).from(finPeriods).orderBy(desc(finPeriods.period)).limit(1);
  return row?.p ?? null;
}

export async function latestClosedPeriod(): Promise<number | null> {
  const [row] = await tx().select({ p: finPeriods.period }).from(finPeriods).where(eq(finPeriods.status, 'closed')).orderBy(desc(finPeriods.period)).limit(1);
  return row?.p ?? null;
}

export async function openPeriodsBefore(period: number): Promise<number[]> {
  const rows = await tx().select({ p: finPeriods.period }).from(finPeriods).where(and(lt(finPeriods.period, period), eq(finPeriods.status, 'open')));
  return rows.map((r) => r.p);
}

export async function setPeriodStatus(period: number, status: 'open' | 'closed', userId: string | null): Promise<void> {
  await tx().update(finPeriods).set(status === 'closed'
    ? { status, closedAt: new Date(), closedBy: userId }
    : { status, closedAt: null, closedBy: null }).where(eq(finPeriods.period, period));
}

export async function setYearEndVoucher(period: number, voucherId: string | null): Promise<void> {
  await tx().update(finPeriods).set({ yearEndVoucherId: voucherId }).where(eq(finPeriods.period, period));
}

/** Periods with their voucher counts and who closed them, oldest first. */
export async function periodsWithCounts() {
  return tx().select({
    period: finPeriods.period,
    status: finPeriods.status,
    closedAt: finPeriods.closedAt,
    closedByName: users.displayName,
    draftCount: sql<number>`(select count(*)::int from ${finVouchers} v where v.period = fin_periods.period and v.status <> 'posted')`,
    postedCount: sql<number>`(select count(*)::int from ${finVouchers} v where v.period = fin_periods.period and v.status = 'posted')`,
  }).from(finPeriods).leftJoin(users, eq(users.id, finPeriods.closedBy)).orderBy(asc(finPeriods.period));
}
