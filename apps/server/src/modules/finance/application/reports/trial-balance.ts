import type { TrialBalance } from '@triad/contracts';
import { yearStart } from '../../domain/reports/amounts.ts';
import { buildTrialBalance } from '../../domain/reports/trial-balance.ts';
import { figuresByAccount } from '../../infra/reports/balances.query.ts';
import { loadChart } from '../../infra/reports/chart.query.ts';

/**
 * 科目余额表 for periods [from, to]: opening, period debit/credit and closing per account, parents
 * rolled up from their children. Reads the period balances only (never the voucher lines), so
 * its cost depends on accounts × periods, not on the number of vouchers.
 */
export async function trialBalance(input: { from: number; to: number; level?: number; includeZero?: boolean }): Promise<TrialBalance> {
  const [chart, figures] = [await loadChart(), await figuresByAccount(input.from, input.to, yearStart(input.from))];
  const { rows, totals } = buildTrialBalance(chart, figures, { level: input.level, includeZero: input.includeZero });
  return { from: input.from, to: input.to, rows, totals };
}
