import { nextPeriod, periodsBetween } from '../../domain/ledger/periods.ts';
import { insertOpenPeriods, latestPeriod } from '../../infra/ledger/periods.repository.ts';

/** How far past the latest period a dated document may open periods on its own. */
const autoOpenLimit = 12;

/**
 * Documents dated in a month after the latest period open the months up to it (a business
 * document dated next month must not fail because nobody opened the period yet). Never more than
 * a year ahead, and never before the first period: those stay refused by the database.
 */
export async function ensurePeriodsThrough(period: number): Promise<void> {
  const latest = await latestPeriod();
  if (latest === null || period <= latest) return;
  const missing = periodsBetween(nextPeriod(latest), period);
  if (missing.length > autoOpenLimit) return;
  await insertOpenPeriods(missing);
}
