/** Accounting periods are integers YYYYMM (202611 = November 2026). */
export type Period = number;

export function periodOf(year: number, month: number): Period {
  return year * 100 + month;
}

export function periodYear(period: Period): number {
  return Math.floor(period / 100);
}

export function periodMonth(period: Period): number {
  return period % 100;
}

export function isValidPeriod(value: unknown): value is Period {
  if (typeof value !== 'number' || !Number.isInteger(value)) return false;
  const month = value % 100;
  return value >= 190001 && value <= 299912 && month >= 1 && month <= 12;
}

/** Reads ?from=202601 style URL values; falls back when missing or malformed. */
export function parsePeriod(text: string | null | undefined, fallback: Period): Period {
  const value = Number(text);
  return isValidPeriod(value) ? value : fallback;
}

export function currentPeriod(now: Date = new Date()): Period {
  return periodOf(now.getFullYear(), now.getMonth() + 1);
}

/** "2026-11" — used in file names and the English UI. */
export function periodIso(period: Period): string {
  return `${periodYear(period)}-${String(periodMonth(period)).padStart(2, '0')}`;
}

/** The period header of a report: one month, or a range (swapped when given backwards). */
export function periodRangeText(from: Period, to: Period, format: (p: Period) => string, joiner = ' ~ '): string {
  const [a, b] = from <= to ? [from, to] : [to, from];
  return a === b ? format(a) : `${format(a)}${joiner}${format(b)}`;
}

/** Date range of a period range, for links to pages that filter by date. */
export function periodDateRange(from: Period, to: Period): { start: string; end: string } {
  const endDay = new Date(periodYear(to), periodMonth(to), 0).getDate();
  return { start: `${periodIso(from)}-01`, end: `${periodIso(to)}-${String(endDay).padStart(2, '0')}` };
}
