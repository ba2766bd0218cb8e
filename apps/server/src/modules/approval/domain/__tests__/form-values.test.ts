import { describe, expect, it } from 'vitest';
import type { FormSchema } from '../contracts.ts';
import { normalizeForm } from '../form-values.ts';
import { requestTypes } from '../request-types.ts';
import { workingDaysBetween } from '../working-days.ts';
import { refs } from './approval.fixtures.ts';

const types = Object.fromEntries(requestTypes(refs).map((t) => [t.code, t]));
const schemaOf = (code: string): FormSchema => {
  const found = types[code];
  if (!found) throw new Error(code);
  return found.formSchema;
};

describe('form values', () => {
  it('computes the 报销 total from the detail rows, exactly, ignoring a typed total', () => {
    const { values, issues } = normalizeForm(schemaOf('expense'), {
      items: [
        { category: 'travel', date: '2025-03-01', amount: '0.1' },
        { category: 'meals', date: '2025-03-02', amount: '0.2' },
        { category: 'transport', date: '2025-03-02', amount: 4999.7 },
      ],
      total: '1.00',
      reason: '客户拜访',
    });
    expect(issues).toEqual([]);
    expect(values.total).toBe('5000.00');
    expect(values.items).toEqual([
      { category: 'travel', date: '2025-03-01', amount: '0.10' },
      { category: 'meals', date: '2025-03-02', amount: '0.20' },
      { category: 'transport', date: '2025-03-02', amount: '4999.70' },
    ]);
  });

  it('counts working days of a leave (Mon–Fri), weekends excluded', () => {
    expect(workingDaysBetween('2025-03-07', '2025-03-10')).toBe(2); // Fri → Mon
    expect(workingDaysBetween('2025-03-03', '2025-03-07')).toBe(5);
    expect(workingDaysBetween('2025-03-08', '2025-03-09')).toBe(0);
    expect(workingDaysBetween('2025-03-10', '2025-03-03')).toBe(0);
    expect(workingDaysBetween('2025-03-03', '2025-03-07', new Set(['2025-03-05']))).toBe(4);
    const { values } = normalizeForm(schemaOf('leave'), { leaveType: 'annual', period: { start: '2025-03-03', end: '2025-03-06' }, reason: '探亲' });
    expect(values.days).toBe('4');
  });

  it('reports required, invalid, unknown and row-level problems', () => {
    const { issues } = normalizeForm(schemaOf('expense'), {
      items: [{ category: 'yachts', date: '2025-02-30', amount: '12.345', extra: 1 }, 'oops'],
      bogus: 'x',
    });
    expect(issues).toEqual(expect.arrayContaining([
      { field: 'bogus', code: 'unknownField' },
      { field: 'reason', code: 'required' },
      { field: 'items', row: 0, column: 'extra', code: 'unknownField' },
      { field: 'items', row: 0, column: 'category', code: 'invalidValue' },
      { field: 'items', row: 0, column: 'date', code: 'invalidValue' },
      { field: 'items', row: 0, column: 'amount', code: 'invalidValue' },
      { field: 'items', row: 1, code: 'invalidValue' },
    ]));
  });

  it('checks every field type', () => {
    const schema: FormSchema = {
      fields: [
        { key: 'n', type: 'number', label: 'n', min: '1', max: '10', precision: 1 },
        { key: 'r', type: 'dateRange', label: 'r' },
        { key: 'u', type: 'user', label: 'u', multiple: true },
        { key: 'd', type: 'department', label: 'd' },
        { key: 'a', type: 'attachment', label: 'a', maxFiles: 1 },
        { key: 'rows', type: 'detail', label: 'rows', maxRows: 1, columns: [{ key: 'q', type: 'number', label: 'q' }] },
        { key: 't', type: 'text', label: 't', maxLength: 3 },
      ],
    };
    const bad = normalizeForm(schema, { n: '10.05', r: { start: '2025-03-05', end: '2025-03-01' }, u: 'u-1', d: 7, a: ['f1', 'f2'], rows: [{}, {}], t: 'abcd' });
    expect(bad.issues.map((i) => `${i.field}:${i.code}`).sort()).toEqual(
      ['a:invalidValue', 'd:invalidValue', 'n:invalidValue', 'r:invalidValue', 'rows:tooManyRows', 't:invalidValue', 'u:invalidValue'],
    );
    const good = normalizeForm(schema, { n: '9.5', r: { start: '2025-03-01', end: '2025-03-05' }, u: ['u-1', 'u-1'], d: 'd-1', a: ['f1'], rows: [{ q: 2 }], t: 'abc' });
    expect(good.issues).toEqual([]);
    expect(good.values).toEqual({ n: '9.5', r: { start: '2025-03-01', end: '2025-03-05' }, u: ['u-1'], d: 'd-1', a: ['f1'], rows: [{ q: '2' }], t: 'abc' });
  });
});
