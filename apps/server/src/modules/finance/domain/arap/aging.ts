import Decimal from 'decimal.js';
import { daysBetween } from './dates.ts';

export interface AgingInput { partnerId: string; documentDate: string; open: string }
export interface AgingBuckets { total: string; d0_30: string; d31_60: string; d61_90: string; d90plus: string }
export interface AgingRow extends AgingBuckets { partnerId: string }

type Bucket = 'd0_30' | 'd31_60' | 'd61_90' | 'd90plus';

/** 账龄 bucket of an item: days from its document date to the as-of date (future-dated items count as 0). */
export function bucketOf(documentDate: string, asOf: string): Bucket {
  const age = daysBetween(documentDate, asOf);
  if (age <= 30) return 'd0_30';
  if (age <= 60) return 'd31_60';
  if (age <= 90) return 'd61_90';
  return 'd90plus';
}

const zero = (): Record<Bucket | 'total', Decimal> => ({ total: new Decimal(0), d0_30: new Decimal(0), d31_60: new Decimal(0), d61_90: new Decimal(0), d90plus: new Decimal(0) });
const present = (b: Record<Bucket | 'total', Decimal>): AgingBuckets => ({
  total: b.total.toFixed(2), d0_30: b.d0_30.toFixed(2), d31_60: b.d31_60.toFixed(2), d61_90: b.d61_90.toFixed(2), d90plus: b.d90plus.toFixed(2),
});

/** Open amounts per partner in the 0–30 / 31–60 / 61–90 / 90+ day buckets, with totals. */
export function ageOpenItems(items: readonly AgingInput[], asOf: string): { rows: AgingRow[]; totals: AgingBuckets } {
  const perPartner = new Map<string, ReturnType<typeof zero>>();
  const totals = zero();
  for (const item of items) {
    const open = new Decimal(item.open);
    if (open.isZero()) continue;
    const bucket = bucketOf(item.documentDate, asOf);
    const row = perPartner.get(item.partnerId) ?? zero();
    perPartner.set(item.partnerId, row);
    for (const target of [row, totals]) {
      target[bucket] = target[bucket].plus(open);
      target.total = target.total.plus(open);
    }
  }
  const rows = [...perPartner].map(([partnerId, b]) => ({ partnerId, ...present(b) }));
  return { rows, totals: present(totals) };
}
