import type { CashForecast } from '@triad/contracts';
import { todayInChina } from '../../domain/arap/dates.ts';
import { forecastWeeks } from '../../domain/cash/forecast.ts';
import { totalCashBalance } from '../../infra/cash/cash-accounts.repository.ts';
import { openAmountsAsOf } from '../arap/open-items.ts';

/** 13-week forecast from today's cash and the open receivables and payables by due date. */
export async function cashForecast(weeks = 13, asOf: string = todayInChina()): Promise<CashForecast> {
  const openingCash = await totalCashBalance();
  // Everything open now, whatever its document date: a future-dated invoice is still money to come.
  const horizon = '9999-12-31';
  const [receivables, payables] = [await openAmountsAsOf('receivable', horizon), await openAmountsAsOf('payable', horizon)];
  const result = forecastWeeks({ asOf, weeks, openingCash, receivables, payables });
  return { asOf, openingCash, ...result };
}
