import type { DetailLedger } from '@triad/contracts';
import type Decimal from 'decimal.js';
import { balanceOf, fmt, yearStart } from '../../domain/reports/amounts.ts';
import { periodTotalsOfSubtree, subtreeNetBefore } from '../../infra/reports/balances.query.ts';
import { ledgerLines, lineSums } from '../../infra/reports/lines.query.ts';
import { accountView, reportAccount } from './report-account.ts';

/** Rows a detail ledger returns at most; the totals and closing still cover the whole range. */
export const detailLedgerRowCap = 5000;

/**
 * 明细账 of an account and its sub-accounts over [from, to]: the opening balance (earlier periods;
 * for P&L accounts only the same year), every posted line with the running balance, the closing.
 * With a partner or department filter the opening and totals come from the lines of that
 * dimension; without, from the period balances.
 */
export async function detailLedger(input: { accountId: string; from: number; to: number; partnerId?: string; departmentId?: string }): Promise<DetailLedger> {
  const account = await reportAccount(input.accountId);
  const since = account.category === 'profitLoss' ? yearStart(input.from) : 0;
  const byDimension = Boolean(input.partnerId || input.departmentId);
  const filter = { code: account.code, partnerId: input.partnerId, departmentId: input.departmentId };

  let opening: Decimal;
  let totals: { debit: Decimal; credit: Decimal };
  if (byDimension) {
    const before = await lineSums({ ...filter, from: since, to: input.from - 1 });
    opening = before.debit.minus(before.credit);
    totals = await lineSums({ ...filter, from: input.from, to: input.to });
  } else {
    opening = await subtreeNetBefore(account.code, input.from, since);
    const perPeriod = await periodTotalsOfSubtree(account.code, input.from, input.to);
    totals = perPeriod.reduce((acc, p) => ({ debit: acc.debit.plus(p.debit), credit: acc.credit.plus(p.credit) }), { debit: opening.times(0), credit: opening.times(0) });
  }

  const lines = await ledgerLines({ ...filter, from: input.from, to: input.to }, detailLedgerRowCap + 1);
  const truncated = lines.length > detailLedgerRowCap;
  let balance = opening;
  const rows = lines.slice(0, detailLedgerRowCap).map((l) => {
    balance = balance.plus(l.debit).minus(l.credit);
    return {
      voucherId: l.voucherId, voucherNumber: l.voucherNumber, period: l.period, voucherDate: l.voucherDate, summary: l.summary,
      accountCode: l.accountCode, debit: fmt(l.debit), credit: fmt(l.credit), ...balanceOf(balance),
    };
  });
  return {
    account: accountView(account), opening: balanceOf(opening), rows,
    closing: balanceOf(opening.plus(totals.debit).minus(totals.credit)),
    totals: { debit: fmt(totals.debit), credit: fmt(totals.credit) }, truncated,
  };
}
