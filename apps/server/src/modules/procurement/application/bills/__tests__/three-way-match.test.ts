import { describe, expect, it } from 'vitest';
import { matchBill, type ReceiptLineFacts } from '../three-way-match.ts';

// Worked examples of the three-way match: 10 箱 ordered at ¥12 incl. 13% VAT and received, so the
// receipt carried 10 × 12 / 1.13 = 106.19 into 暂估 at a unit cost of 10.619469.
const supplierId = 'supplier-1';
const tolerances = { priceTolerancePct: '1', amountTolerance: '1' };
const facts = (over: Partial<ReceiptLineFacts> = {}): ReceiptLineFacts => ({
  receiptLineId: 'rl-1', receiptId: 'r-1', receiptNumber: 'RK-1', supplierId, orderId: 'o-1', orderNumber: 'CG-1', orderLineId: 'ol-1',
  itemId: 'i-1', itemName: '贴片电阻', received: '10', returned: '0', billed: '0', orderPrice: '12', taxRate: '13',
  unitCost: '10.619469', receiptNet: '106.19', returnedNet: '0', clearedNet: '0', ...over,
});
const match = (lines: { receiptLineId?: string; quantity: string; price: string }[], f: ReceiptLineFacts[] = [facts()]) =>
  matchBill(supplierId, lines.map((l) => ({ receiptLineId: 'rl-1', ...l })), new Map(f.map((x) => [x.receiptLineId, x])), tolerances);

describe('three-way match', () => {
  it('splits the invoice amount as the 发票 prints it and clears 暂估 at receipt cost', () => {
    const r = match([{ quantity: '4', price: '12' }]);
    expect(r.ok).toBe(true);
    expect(r.lines[0]).toMatchObject({ gross: '48.00', net: '42.48', tax: '5.52', receivedNet: '42.48', variance: '0.00', billableQty: '10', problems: [] });
    expect(r.totals).toMatchObject({ gross: '48.00', orderGross: '48.00', difference: '0.00', withinAmountTolerance: true });
  });

  it('lets the bill taking the last unit clear exactly what 暂估 still holds', () => {
    // 4 billed before at 42.48; the rest is 106.19 − 42.48 = 63.71, not round(6 × 10.619469) = 63.72.
    const r = match([{ quantity: '6', price: '12' }], [facts({ billed: '4', clearedNet: '42.48' })]);
    expect(r.lines[0]).toMatchObject({ net: '63.72', receivedNet: '63.71', variance: '0.01' });
    // Goods returned are not billable, and their value left 暂估 with the return.
    const afterReturn = match([{ quantity: '8', price: '12' }], [facts({ returned: '2', returnedNet: '21.24' })]);
    expect(afterReturn.lines[0]).toMatchObject({ receivedNet: '84.95', billableQty: '8' });
  });

  it('accepts a price within the tolerance and books the difference as variance', () => {
    const r = match([{ quantity: '10', price: '12.1' }]);
    expect(r.ok).toBe(true);
    expect(r.lines[0]).toMatchObject({ priceDiffPct: '0.83', gross: '121.00', net: '107.08', variance: '0.89' });
    expect(r.totals).toMatchObject({ difference: '1.00', withinAmountTolerance: true });
  });

  it('refuses a price beyond the tolerance, and a total beyond the amount tolerance even when each price is within', () => {
    const dear = match([{ quantity: '1', price: '12.13' }]);
    expect(dear.ok).toBe(false);
    expect(dear.lines[0]?.problems).toEqual(['priceOutOfTolerance']);
    const total = match([{ quantity: '10', price: '12.11' }]);
    expect(total.lines[0]?.ok).toBe(true);
    expect(total.totals).toMatchObject({ difference: '1.10', withinAmountTolerance: false });
    expect(total.ok).toBe(false);
  });

  it('names what is wrong with each line', () => {
    const r = match([
      { quantity: '11', price: '12' },
      { quantity: '0', price: '12' },
      { receiptLineId: 'nowhere', quantity: '1', price: '12' },
      { receiptLineId: 'rl-2', quantity: '1', price: '12' },
    ], [facts(), facts({ receiptLineId: 'rl-2', supplierId: 'someone-else' })]);
    expect(r.lines.map((l) => l.problems)).toEqual([['overBilled'], ['duplicateLine', 'quantityNotPositive'], ['receiptLineNotFound'], ['otherSupplier']]);
    expect(r.ok).toBe(false);
  });

  it('treats a free order line as matching only a free bill line', () => {
    expect(match([{ quantity: '1', price: '0' }], [facts({ orderPrice: '0' })]).lines[0]?.problems).toEqual([]);
    expect(match([{ quantity: '1', price: '0.01' }], [facts({ orderPrice: '0' })]).lines[0]?.problems).toEqual(['priceOutOfTolerance']);
  });
});
