import Decimal from 'decimal.js';
import type { DetailColumn, FormField, FormSchema } from './contracts.ts';
import { issue, type DefinitionIssue } from './validation-messages.ts';

const decimalOk = (v: string | undefined) => v === undefined || /^-?\d{1,16}(\.\d{1,6})?$/.test(v);

function checkField(field: FormField | DetailColumn, out: DefinitionIssue[]): void {
  if (field.type === 'select' && field.options.length === 0) out.push(issue(null, 'FORM_SELECT_NO_OPTIONS', { key: field.key }));
  if (field.type === 'number') {
    if (!decimalOk(field.min) || !decimalOk(field.max)) out.push(issue(null, 'FORM_RANGE_INVALID', { key: field.key }));
    else if (field.min !== undefined && field.max !== undefined && new Decimal(field.min).gt(field.max)) {
      out.push(issue(null, 'FORM_RANGE_INVALID', { key: field.key }));
    }
  }
}

function duplicates(keys: string[]): string[] {
  return [...new Set(keys.filter((k, i) => keys.indexOf(k) !== i))];
}

/** The form a definition routes on must itself make sense: unique keys, sane computed fields. */
export function validateFormSchema(schema: FormSchema): DefinitionIssue[] {
  const out: DefinitionIssue[] = [];
  for (const key of duplicates(schema.fields.map((f) => f.key))) out.push(issue(null, 'FORM_DUPLICATE_KEY', { key }));
  for (const field of schema.fields) {
    checkField(field, out);
    if (field.type === 'detail') {
      if (field.columns.length === 0) out.push(issue(null, 'FORM_DETAIL_NO_COLUMNS', { key: field.key }));
      for (const key of duplicates(field.columns.map((c) => c.key))) out.push(issue(null, 'FORM_DUPLICATE_KEY', { key: `${field.key}.${key}` }));
      field.columns.forEach((c) => checkField(c, out));
      if (field.minRows !== undefined && field.maxRows !== undefined && field.minRows > field.maxRows) {
        out.push(issue(null, 'FORM_RANGE_INVALID', { key: field.key }));
      }
    }
    if ((field.type === 'number' || field.type === 'money') && field.compute) {
      const compute = field.compute;
      if (compute.op === 'sum') {
        const detail = schema.fields.find((f) => f.key === compute.detailKey);
        const column = detail?.type === 'detail' ? detail.columns.find((c) => c.key === compute.columnKey) : undefined;
        if (!column || (column.type !== 'number' && column.type !== 'money')) out.push(issue(null, 'FORM_COMPUTE_INVALID', { key: field.key }));
      } else if (schema.fields.find((f) => f.key === compute.rangeKey)?.type !== 'dateRange') {
        out.push(issue(null, 'FORM_COMPUTE_INVALID', { key: field.key }));
      }
    }
  }
  return out;
}

/** True for fields the form computes itself (never typed, never editable). */
export function isComputedField(schema: FormSchema, key: string): boolean {
  const field = schema.fields.find((f) => f.key === key);
  return (field?.type === 'number' || field?.type === 'money') && field.compute !== undefined;
}
