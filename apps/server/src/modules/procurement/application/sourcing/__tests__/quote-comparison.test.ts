import { describe, expect, it } from 'vitest';
import { compareQuotes } from '../quote-comparison.ts';

const suppliers = [{ id: 'a', name: '华强电子' }, { id: 'b', name: '鑫达电子' }, { id: 'c', name: '恒通机电' }];
const lines = [
  { id: 'l1', lineNo: 1, itemId: 'i1', itemCode: 'EC-001', itemName: '单片机', unitName: '个', quantity: '100' },
  { id: 'l2', lineNo: 2, itemId: 'i2', itemCode: 'EC-002', itemName: '电阻', unitName: '个', quantity: '1000' },
];
const quote = (supplierId: string, rfqLineId: string, price: string, leadTimeDays: number) =>
  ({ id: `${supplierId}-${rfqLineId}`, rfqLineId, supplierId, price, taxRate: '13.00', leadTimeDays, chosen: false });

describe('quote comparison (比价)', () => {
  it('marks the cheapest and fastest quote of each line and totals each supplier', () => {
    const cmp = compareQuotes('rfq', suppliers, lines, [
      quote('a', 'l1', '12.50', 7), quote('b', 'l1', '12.50', 3), quote('c', 'l1', '13.20', 3),
      quote('a', 'l2', '0.021', 5), quote('c', 'l2', '0.019', 9),
    ]);
    const [l1, l2] = cmp.lines;
    // A tie marks both; the first invited supplier is named.
    expect(l1?.cells.map((c) => [c.supplierId, c.cheapest, c.fastest])).toEqual([['a', true, false], ['b', true, true], ['c', false, true]]);
    expect(l1).toMatchObject({ cheapestSupplierId: 'a', fastestSupplierId: 'b' });
    expect(l2?.cells.find((c) => c.supplierId === 'b')).toMatchObject({ quoteId: null, amount: null, cheapest: false, fastest: false });
    expect(l2).toMatchObject({ cheapestSupplierId: 'c', fastestSupplierId: 'a' });
    expect(cmp.suppliers).toEqual([
      { supplierId: 'a', supplierName: '华强电子', total: '1271.00', quotedLines: 2, complete: true, cheapestLines: 1 },
      { supplierId: 'b', supplierName: '鑫达电子', total: '1250.00', quotedLines: 1, complete: false, cheapestLines: 1 },
      { supplierId: 'c', supplierName: '恒通机电', total: '1339.00', quotedLines: 2, complete: true, cheapestLines: 1 },
    ]);
    expect(cmp.bestMixTotal).toBe('1269.00');
  });

  it('shows an empty matrix before any quote arrives', () => {
    const cmp = compareQuotes('rfq', suppliers, lines, []);
    expect(cmp.lines.every((l) => l.cheapestSupplierId === null && l.cells.every((c) => c.price === null))).toBe(true);
    expect(cmp.suppliers.map((s) => [s.total, s.complete])).toEqual([['0.00', false], ['0.00', false], ['0.00', false]]);
    expect(cmp.bestMixTotal).toBe('0.00');
  });
});
