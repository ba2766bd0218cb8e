import Decimal from 'decimal.js';
import type { DetailColumn, FormField, FormSchema, FormValues } from './contracts.ts';
import { parseIsoDate, workingDaysBetween } from './working-days.ts';

/** One problem with submitted values; `row`/`column` point into detail rows (明细). */
export interface FormIssue {
  field: string;
  row?: number;
  column?: string;
  code: 'required' | 'invalidValue' | 'unknownField' | 'tooManyRows' | 'tooFewRows';
}

export interface NormalizedForm { values: FormValues; issues: FormIssue[] }

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
const decimalPattern = /^-?\d{1,16}(\.\d{1,6})?$/;

function asDecimalString(v: unknown): string | null {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return typeof v === 'string' && decimalPattern.test(v.trim()) ? v.trim() : null;
}

type Checked = { ok: true; value: unknown } | { ok: false };
const bad: Checked = { ok: false };

/** Checks and normalises one value (money to 2 decimals, dates validated); `ok:false` = invalid. */
function checkValue(field: FormField | DetailColumn, raw: unknown): Checked {
  switch (field.type) {
    case 'text':
      return typeof raw === 'string' && raw.length <= (field.maxLength ?? 5000) ? { ok: true, value: raw } : bad;
    case 'number': {
      const s = asDecimalString(raw);
      if (s === null) return bad;
      const d = new Decimal(s);
      if (field.min !== undefined && d.lt(field.min)) return bad;
      if (field.max !== undefined && d.gt(field.max)) return bad;
      if (field.precision !== undefined && d.decimalPlaces() > field.precision) return bad;
      return { ok: true, value: d.toFixed() };
    }
    case 'money': {
      const s = asDecimalString(raw);
      return s !== null && new Decimal(s).decimalPlaces() <= 2 ? { ok: true, value: new Decimal(s).toFixed(2) } : bad;
    }
    case 'date':
      return typeof raw === 'string' && parseIsoDate(raw) !== null ? { ok: true, value: raw } : bad;
    case 'select': {
      const allowed = (v: unknown) => typeof v === 'string' && field.options.some((o) => o.value === v);
      if (field.multiple) return Array.isArray(raw) && raw.every(allowed) ? { ok: true, value: [...new Set(raw)] } : bad;
      return allowed(raw) ? { ok: true, value: raw } : bad;
    }
    case 'user': case 'department': {
      const ref = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 64;
      if (field.multiple) return Array.isArray(raw) && raw.every(ref) ? { ok: true, value: [...new Set(raw)] } : bad;
      return ref(raw) ? { ok: true, value: raw } : bad;
    }
    case 'attachment':
      return Array.isArray(raw) && raw.length <= (field.maxFiles ?? 20) && raw.every((v) => typeof v === 'string' && v.length > 0)
        ? { ok: true, value: raw } : bad;
    default:
      return bad;
  }
}

function checkRange(raw: unknown): Checked {
  if (typeof raw !== 'object' || raw === null) return bad;
  const { start, end } = raw as Record<string, unknown>;
  if (typeof start !== 'string' || typeof end !== 'string') return bad;
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  return a !== null && b !== null && a <= b ? { ok: true, value: { start, end } } : bad;
}

/**
 * Validates submitted values against the form schema and fills the computed fields (明细 totals,
 * working days). Whatever a client sends for a computed field is ignored: totals are never typed.
 */
export function normalizeForm(schema: FormSchema, input: FormValues): NormalizedForm {
  const issues: FormIssue[] = [];
  const values: FormValues = {};
  const known = new Set(schema.fields.map((f) => f.key));
  for (const key of Object.keys(input)) if (!known.has(key)) issues.push({ field: key, code: 'unknownField' });

  for (const field of schema.fields) {
    if ((field.type === 'number' || field.type === 'money') && field.compute) continue;
    const raw = input[field.key];
    if (isEmpty(raw)) {
      if (field.required || (field.type === 'detail' && (field.minRows ?? 0) > 0)) issues.push({ field: field.key, code: 'required' });
      continue;
    }
    if (field.type === 'dateRange') {
      const r = checkRange(raw);
      if (r.ok) values[field.key] = r.value; else issues.push({ field: field.key, code: 'invalidValue' });
    } else if (field.type === 'detail') {
      values[field.key] = normalizeRows(field, raw, issues);
    } else {
      const r = checkValue(field, raw);
      if (r.ok) values[field.key] = r.value; else issues.push({ field: field.key, code: 'invalidValue' });
    }
  }

  for (const field of schema.fields) {
    if ((field.type !== 'number' && field.type !== 'money') || !field.compute) continue;
    const computed = computeValue(field.compute, values);
    if (computed === null) continue;
    values[field.key] = field.type === 'money' ? computed.toFixed(2) : computed.toFixed();
  }
  return { values, issues };
}

function normalizeRows(field: Extract<FormField, { type: 'detail' }>, raw: unknown, issues: FormIssue[]): Array<Record<string, unknown>> {
  if (!Array.isArray(raw)) {
    issues.push({ field: field.key, code: 'invalidValue' });
    return [];
  }
  if (field.maxRows !== undefined && raw.length > field.maxRows) issues.push({ field: field.key, code: 'tooManyRows' });
  if (field.minRows !== undefined && raw.length < field.minRows) issues.push({ field: field.key, code: 'tooFewRows' });
  return raw.map((row, index) => {
    const out: Record<string, unknown> = {};
    const cells = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
    if (typeof row !== 'object' || row === null) issues.push({ field: field.key, row: index, code: 'invalidValue' });
    for (const key of Object.keys(cells)) {
      if (!field.columns.some((c) => c.key === key)) issues.push({ field: field.key, row: index, column: key, code: 'unknownField' });
    }
    for (const column of field.columns) {
      const cell = cells[column.key];
      if (isEmpty(cell)) {
        if (column.required) issues.push({ field: field.key, row: index, column: column.key, code: 'required' });
        continue;
      }
      const r = checkValue(column, cell);
      if (r.ok) out[column.key] = r.value; else issues.push({ field: field.key, row: index, column: column.key, code: 'invalidValue' });
    }
    return out;
  });
}

function computeValue(compute: NonNullable<Extract<FormField, { type: 'money' }>['compute']>, values: FormValues): Decimal | null {
  if (compute.op === 'sum') {
    const rows = values[compute.detailKey];
    if (!Array.isArray(rows)) return new Decimal(0);
    return rows.reduce<Decimal>((sum, row: Record<string, unknown>) => {
      const cell = row[compute.columnKey];
      return typeof cell === 'string' ? sum.plus(cell) : sum;
    }, new Decimal(0));
  }
  const range = values[compute.rangeKey] as { start: string; end: string } | undefined;
  return range ? new Decimal(workingDaysBetween(range.start, range.end)) : null;
}
