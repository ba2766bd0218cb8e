import type { AgingReport } from '@triad/contracts';
import { partnerNames } from '../../../partners/index.ts';
import { ageOpenItems } from '../../domain/arap/aging.ts';
import { todayInChina } from '../../domain/arap/dates.ts';
import { openAmountsAsOf } from './open-items.ts';

/** 账龄分析: open amounts per partner by age of the document (0–30, 31–60, 61–90, over 90 days). */
export async function agingReport(kind: 'receivable' | 'payable', asOf: string = todayInChina()): Promise<AgingReport> {
  const items = await openAmountsAsOf(kind, asOf);
  const { rows, totals } = ageOpenItems(items, asOf);
  const names = await partnerNames(rows.map((r) => r.partnerId));
  const named = rows.map((r) => ({ ...r, partnerName: names.get(r.partnerId) ?? null }))
    .sort((a, b) => Number(b.total) - Number(a.total) || (a.partnerName ?? '').localeCompare(b.partnerName ?? ''));
  return { kind, asOf, rows: named, totals };
}
