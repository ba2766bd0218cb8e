import Decimal from 'decimal.js';
import type { PeriodRow } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { emit } from '../../../../platform/events/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { financeErrors } from '../../errors.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import { isDecember, nextPeriod, periodOfNow } from '../../domain/ledger/periods.ts';
import {
  findPeriod, insertOpenPeriods, latestClosedPeriod, openPeriodsBefore, periodsWithCounts, setPeriodStatus,
} from '../../infra/ledger/periods.repository.ts';
import { profitOfYearLeft, uncarriedProfitLoss, yearEndVouchers } from './closing.ts';

type CountRow = Awaited<ReturnType<typeof periodsWithCounts>>[number];

function present(r: CountRow): PeriodRow {
  return {
    period: r.period, status: r.status, closedAt: r.closedAt ? r.closedAt.toISOString() : null, closedByName: r.closedByName,
    draftCount: Number(r.draftCount), postedCount: Number(r.postedCount),
  };
}

export async function listPeriods(): Promise<{ items: PeriodRow[]; currentPeriod: number }> {
  return { items: (await periodsWithCounts()).map(present), currentPeriod: periodOfNow() };
}

async function periodView(period: number): Promise<PeriodRow> {
  const row = (await periodsWithCounts()).find((r) => r.period === period);
  if (!row) throw ledgerErrors['finance.period.notFound']();
  return present(row);
}

/**
 * 结账: only in order (every earlier period closed), with no draft or pending voucher, and with
 * the period's profit and loss carried forward (December: the year's 本年利润 moved too). The next
 * period is opened so the books can go on.
 */
export async function closePeriod(period: number): Promise<PeriodRow> {
  const row = await findPeriod(period, true);
  if (!row) throw ledgerErrors['finance.period.notFound']();
  if (row.status === 'closed') throw ledgerErrors['finance.period.alreadyClosed']();
  const earlier = await openPeriodsBefore(period);
  if (earlier.length > 0) throw ledgerErrors['finance.period.earlierOpen'](undefined, { periods: earlier.sort() });
  const current = await periodView(period);
  if (current.draftCount > 0) throw financeErrors['finance.period.hasDrafts'](undefined, { draftCount: current.draftCount });
  const uncarried = await uncarriedProfitLoss(period);
  if (uncarried.length > 0) throw ledgerErrors['finance.period.profitLossNotCarried'](undefined, { accountIds: uncarried });
  if (isDecember(period)) {
    const left = await profitOfYearLeft(period);
    if (!new Decimal(left.debit).equals(left.credit)) throw ledgerErrors['finance.period.profitLossNotCarried'](undefined, { yearEnd: true });
  }
  await setPeriodStatus(period, 'closed', actor().userId || null);
  await insertOpenPeriods([nextPeriod(period)]);
  await recordAudit({ entity: 'finPeriod', entityId: String(period), action: 'close' });
  emit('finance.period.closed', { period });
  return periodView(period);
}

/** 反结账: only the latest closed period, with a reason kept in the audit log. */
export async function reopenPeriod(period: number, reason: string): Promise<PeriodRow> {
  const row = await findPeriod(period, true);
  if (!row) throw ledgerErrors['finance.period.notFound']();
  if (row.status !== 'closed') throw ledgerErrors['finance.period.notClosed']();
  if ((await latestClosedPeriod()) !== period) throw ledgerErrors['finance.period.notLatestClosed']();
  await setPeriodStatus(period, 'open', null);
  await recordAudit({ entity: 'finPeriod', entityId: String(period), action: 'reopen', before: { status: 'closed', closedAt: row.closedAt, closedBy: row.closedBy }, after: { status: 'open', reason } });
  emit('finance.period.reopened', { period, reason });
  return periodView(period);
}

/** 年结: year-end vouchers for December, then close it (which opens January). */
export async function yearEnd(period: number): Promise<PeriodRow> {
  const row = await findPeriod(period, true);
  if (!row) throw ledgerErrors['finance.period.notFound']();
  if (row.status !== 'open') throw ledgerErrors['finance.period.alreadyClosed']();
  const earlier = await openPeriodsBefore(period);
  if (earlier.length > 0) throw ledgerErrors['finance.period.earlierOpen'](undefined, { periods: earlier.sort() });
  await yearEndVouchers(period);
  return closePeriod(period);
}
