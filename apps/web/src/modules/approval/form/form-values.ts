import type { ComputedValue, FormField, FormValues } from '@triad/contracts';

/**
 * Exact decimal arithmetic on the decimal strings the server stores (money must never pass
 * through binary floating point: 0.1 + 0.2 has to show 0.30, not 0.30000000000000004).
 */
const DECIMAL = /^-?\d+(\.\d+)?$/;

function toScaled(value: string, scale: number): bigint {
  const negative = value.startsWith('-');
  const [int = '0', frac = ''] = (negative ? value.slice(1) : value).split('.');
  const digits = BigInt(int + frac.padEnd(scale, '0').slice(0, scale));
  return negative ? -digits : digits;
}

export function sumDecimals(values: unknown[]): string {
  const decimals = values.filter((v): v is string => typeof v === 'string' && DECIMAL.test(v.trim())).map((v) => v.trim());
  const scale = Math.max(0, ...decimals.map((v) => v.split('.')[1]?.length ?? 0));
  const total = decimals.reduce((acc, v) => acc + toScaled(v, scale), 0n);
  const negative = total < 0n;
  const digits = (negative ? -total : total).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** Monday–Friday days of an inclusive range; holidays are the server's business (it recomputes). */
export function workingDaysBetween(start: string, end: string): number {
  const from = new Date(`${start}T00:00:00Z`);
  const to = new Date(`${end}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) return 0;
  let days = 0;
  for (const d = new Date(from); d <= to; d.setUTCDate(d.getUTCDate() + 1)) {
    const weekday = d.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return days;
}

export function rowsOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];
}

export function computeValue(compute: ComputedValue, values: FormValues): string {
  if (compute.op === 'sum') return sumDecimals(rowsOf(values[compute.detailKey]).map((row) => row[compute.columnKey]));
  const range = values[compute.rangeKey];
  if (typeof range !== 'object' || range === null) return '0';
  const { start, end } = range as { start?: unknown; end?: unknown };
  return typeof start === 'string' && typeof end === 'string' ? String(workingDaysBetween(start, end)) : '0';
}

/** The form with every computed field filled in from the values it depends on. */
export function withComputed(fields: FormField[], values: FormValues): FormValues {
  const next: FormValues = { ...values };
  for (const field of fields) {
    if ((field.type === 'number' || field.type === 'money') && field.compute) next[field.key] = computeValue(field.compute, values);
  }
  return next;
}

export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Keys of required fields left empty (the server checks again; this spares a round trip). */
export function missingRequired(fields: FormField[], values: FormValues, hidden: (key: string) => boolean = () => false): string[] {
  return fields.filter((f) => f.required && !hidden(f.key) && isEmptyValue(values[f.key])).map((f) => f.key);
}

export function fieldLabel(field: { label: string; labelEn?: string }, language: string): string {
  return language === 'en-US' && field.labelEn ? field.labelEn : field.label;
}

/** Totals of every numeric detail column, shown live under the detail table. */
export function detailTotals(columns: { key: string; type: string }[], rows: Record<string, unknown>[]): Record<string, string> {
  const totals: Record<string, string> = {};
  for (const column of columns) {
    if (column.type === 'number' || column.type === 'money') totals[column.key] = sumDecimals(rows.map((r) => r[column.key]));
  }
  return totals;
}

/** A new form starts with the rows its detail fields require (报销 needs at least one line). */
export function withInitialRows(fields: FormField[], values: FormValues): FormValues {
  const next: FormValues = { ...values };
  for (const field of fields) {
    if (field.type === 'detail' && next[field.key] === undefined && (field.minRows ?? 0) > 0) {
      next[field.key] = Array.from({ length: Math.min(field.minRows ?? 0, 5) }, () => ({}));
    }
  }
  return next;
}
