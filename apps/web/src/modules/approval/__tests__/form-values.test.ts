import { describe, expect, it } from 'vitest';
import type { FormField } from '@triad/contracts';
import { detailTotals, missingRequired, sumDecimals, withComputed, withInitialRows, workingDaysBetween } from '../form/form-values.ts';

describe('approval form values', () => {
  it('sums decimal strings exactly and ignores non-numbers', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['10', '2.50', 'abc', undefined, '-1.25'])).toBe('11.25');
    expect(sumDecimals([])).toBe('0');
  });

  it('counts Monday to Friday in an inclusive range', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-29')).toBe(5);
    expect(workingDaysBetween('2026-11-28', '2026-11-28')).toBe(0);
    expect(workingDaysBetween('2026-11-30', '2026-11-23')).toBe(0);
  });

  it('fills computed totals from detail rows and reports missing required fields', () => {
    const fields: FormField[] = [
      { key: 'items', label: '明细', type: 'detail', columns: [{ key: 'amount', label: '金额', type: 'money' }] },
      { key: 'total', label: '合计', type: 'money', required: true, compute: { op: 'sum', detailKey: 'items', columnKey: 'amount' } },
      { key: 'reason', label: '事由', type: 'text', required: true },
    ];
    const values = withComputed(fields, { items: [{ amount: '12.30' }, { amount: '7.7' }] });
    expect(values.total).toBe('20.00');
    expect(missingRequired(fields, values)).toEqual(['reason']);
    expect(detailTotals([{ key: 'amount', type: 'money' }], [{ amount: '1' }, { amount: '2.5' }])).toEqual({ amount: '3.5' });
  });

  it('starts detail fields with their minimum rows, keeping entered rows', () => {
    const fields: FormField[] = [{ key: 'items', label: '明细', type: 'detail', minRows: 1, columns: [{ key: 'amount', label: '金额', type: 'money' }] }];
    expect(withInitialRows(fields, {})).toEqual({ items: [{}] });
    expect(withInitialRows(fields, { items: [] })).toEqual({ items: [] });
  });
});
