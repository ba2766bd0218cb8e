import type { GeneralLedger } from '@triad/contracts';
import { balanceOf, fmt, zero } from '../../domain/reports/amounts.ts';
import { periodTotalsOfSubtree, subtreeNetBefore } from '../../infra/reports/balances.query.ts';
import { periodsBetween } from '../../infra/reports/chart.query.ts';
import { accountView, reportAccount } from './report-account.ts';

/**
 * 总账 of an account (with its sub-accounts) for a year: 年初余额, then per month 本月合计 and
 * 本年累计 with the balance after it. Months are the tenant's periods of the year plus any month
 * with postings. Read from the period balances only.
 */
export async function generalLedger(input: { accountId: string; year: number }): Promise<GeneralLedger> {
  const account = await reportAccount(input.accountId);
  const start = input.year * 100 + 1;
  const end = input.year * 100 + 12;
  // P&L accounts start every year at zero: the previous year went to 本年利润 / 利润分配.
  const opening = account.category === 'profitLoss' ? zero : await subtreeNetBefore(account.code, start);
  const totals = await periodTotalsOfSubtree(account.code, start, end);
  const months = [...new Set([...await periodsBetween(start, end), ...totals.map((t) => t.period)])].sort((a, b) => a - b);

  const rows: GeneralLedger['rows'] = [{ period: null, kind: 'opening', debit: '0.00', credit: '0.00', ...ledgerBalance(opening) }];
  let balance = opening;
  let ytdDebit = zero;
  let ytdCredit = zero;
  for (const period of months) {
    const t = totals.find((x) => x.period === period) ?? { debit: zero, credit: zero };
    balance = balance.plus(t.debit).minus(t.credit);
    ytdDebit = ytdDebit.plus(t.debit);
    ytdCredit = ytdCredit.plus(t.credit);
    rows.push({ period, kind: 'month', debit: fmt(t.debit), credit: fmt(t.credit), ...ledgerBalance(balance) });
    rows.push({ period, kind: 'yearToDate', debit: fmt(ytdDebit), credit: fmt(ytdCredit), ...ledgerBalance(balance) });
  }
  return { account: accountView(account), year: input.year, rows };
}

function ledgerBalance(net: Parameters<typeof balanceOf>[0]) {
  const b = balanceOf(net);
  return { balanceDirection: b.direction, balance: b.balance };
}
