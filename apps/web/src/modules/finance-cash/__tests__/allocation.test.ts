import { describe, expect, it } from 'vitest';
import { allocationIssues, allocationList, autoAllocate } from '../allocation.ts';

const items = [
  { id: 'b', documentDate: '2026-10-05', open: '500.00' },
  { id: 'a', documentDate: '2026-09-01', open: '300.00' },
  { id: 'c', documentDate: '2026-11-01', open: '1000.00' },
];

describe('payment allocation', () => {
  it('fills the oldest open items first and stops at the payment amount', () => {
    expect(autoAllocate('650', items)).toEqual({ a: '300.00', b: '350.00' });
  });

  it('never allocates more than the open amounts', () => {
    expect(autoAllocate('5000', items)).toEqual({ a: '300.00', b: '500.00', c: '1000.00' });
    expect(autoAllocate('0', items)).toEqual({});
  });

  it('reports rows over their open amount and a total over the payment', () => {
    expect(allocationIssues('100', items, { a: '301' })).toEqual([{ kind: 'overItem', openItemId: 'a' }, { kind: 'overTotal' }]);
    expect(allocationIssues('800', items, { a: '300', b: '500' })).toEqual([]);
    expect(allocationIssues('800', items, { a: '-1' })).toEqual([{ kind: 'negative', openItemId: 'a' }]);
  });

  it('sends only non-zero rows, normalised to 2 decimals', () => {
    expect(allocationList({ a: '300', b: '0', c: undefined, d: '1.5' })).toEqual([
      { openItemId: 'a', amount: '300.00' },
      { openItemId: 'd', amount: '1.50' },
    ]);
  });
});
