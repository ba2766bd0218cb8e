import type { ForecastWeek } from './api.ts';
import { fenOf } from './money.ts';

export interface WeekBars {
  /** Bar heights as % of the chart's largest flow (receipts and payments share one scale). */
  receipts: number;
  payments: number;
  /** Closing cash as % of the largest absolute closing balance; negative below the axis. */
  closing: number;
  negative: boolean;
}

/** Display-only scaling of the forecast bars (ratios, not money, so a float is fine here). */
export function forecastBars(weeks: readonly ForecastWeek[]): WeekBars[] {
  const flows = weeks.flatMap((w) => [fenOf(w.receipts), fenOf(w.payments)].map((v) => (v < 0n ? -v : v)));
  const closings = weeks.map((w) => fenOf(w.closingCash));
  const maxFlow = flows.reduce((a, b) => (b > a ? b : a), 0n);
  const maxClosing = closings.reduce((a, b) => { const abs = b < 0n ? -b : b; return abs > a ? abs : a; }, 0n);
  const pct = (v: bigint, max: bigint) => (max === 0n ? 0 : Math.round((Number(v) / Number(max)) * 1000) / 10);
  return weeks.map((w, i) => {
    const closing = closings[i] ?? 0n;
    return {
      receipts: pct(fenOf(w.receipts), maxFlow),
      payments: pct(fenOf(w.payments), maxFlow),
      closing: pct(closing, maxClosing),
      negative: closing < 0n,
    };
  });
}
