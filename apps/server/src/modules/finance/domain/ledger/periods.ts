// Accounting periods are calendar months written as YYYYMM integers (202611).

export function periodOfDate(date: string): number {
  return Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));
}

export function nextPeriod(period: number): number {
  return period % 100 === 12 ? (Math.floor(period / 100) + 1) * 100 + 1 : period + 1;
}

export function previousPeriod(period: number): number {
  return period % 100 === 1 ? (Math.floor(period / 100) - 1) * 100 + 12 : period - 1;
}

/** Every period from `from` to `to` inclusive (empty when from > to). */
export function periodsBetween(from: number, to: number): number[] {
  const out: number[] = [];
  for (let p = from; p <= to; p = nextPeriod(p)) out.push(p);
  return out;
}

export function periodOfNow(now: Date = new Date()): number {
  return now.getUTCFullYear() * 100 + now.getUTCMonth() + 1;
}

export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The last calendar day of the period, YYYY-MM-DD (closing vouchers are dated on it). */
export function lastDayOf(period: number): string {
  const year = Math.floor(period / 100);
  const month = period % 100;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isDecember(period: number): boolean {
  return period % 100 === 12;
}
