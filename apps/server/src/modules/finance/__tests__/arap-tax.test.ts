import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { computeTax } from '../application/arap/index.ts';
import { priceInvoice, taxByRate } from '../domain/arap/invoice-lines.ts';

const rates = ['0.13', '0.09', '0.06', '0'] as const;
const amount = fc.bigInt({ min: 0n, max: 10_000_000_000n }).map((fen) => new Decimal(fen.toString()).dividedBy(100).toFixed(2));

describe('computeTax', () => {
  it('splits tax-inclusive and tax-exclusive amounts as an invoice shows them', () => {
    expect(computeTax('11300', '0.13', true)).toEqual({ net: '10000.00', tax: '1300.00', gross: '11300.00' });
    expect(computeTax('10000', '0.13', false)).toEqual({ net: '10000.00', tax: '1300.00', gross: '11300.00' });
    expect(computeTax('100', '0.13', true)).toEqual({ net: '88.50', tax: '11.50', gross: '100.00' });
    expect(computeTax('100', '0.06', false)).toEqual({ net: '100.00', tax: '6.00', gross: '106.00' });
    expect(computeTax('0.05', '0.09', false)).toEqual({ net: '0.05', tax: '0.00', gross: '0.05' });
    expect(computeTax('0.10', '0.13', false)).toEqual({ net: '0.10', tax: '0.01', gross: '0.11' }); // 0.013 → 0.01
    expect(computeTax('0.50', '0.09', false)).toEqual({ net: '0.50', tax: '0.05', gross: '0.55' }); // 0.045 half-up → 0.05
    expect(computeTax('999.99', '0', true)).toEqual({ net: '999.99', tax: '0.00', gross: '999.99' });
  });

  it('net + tax = gross exactly, both ways, at every rate', () => {
    fc.assert(fc.property(amount, fc.constantFrom(...rates), fc.boolean(), (value, rate, inclusive) => {
      const { net, tax, gross } = computeTax(value, rate, inclusive);
      expect(new Decimal(net).plus(tax).equals(gross)).toBe(true);
      for (const v of [net, tax, gross]) expect(v).toMatch(/^\d+\.\d{2}$/);
      expect(inclusive ? gross : net).toBe(value);
    }), { numRuns: 2000 });
  });

  it('the tax is the rate applied to the net, within half a fen of rounding either way', () => {
    fc.assert(fc.property(amount, fc.constantFrom(...rates), fc.boolean(), (value, rate, inclusive) => {
      const { net, tax } = computeTax(value, rate, inclusive);
      const exact = new Decimal(net).times(rate);
      // Exclusive: tax = round(net × rate). Inclusive: the net is rounded first, so the remainder may differ by up to (1 + rate) / 2 fen.
      const tolerance = inclusive ? new Decimal('0.005').times(new Decimal(rate).plus(1)) : new Decimal('0.005');
      expect(new Decimal(tax).minus(exact).abs().lessThanOrEqualTo(tolerance)).toBe(true);
    }), { numRuns: 2000 });
  });

  it('an exclusive split, read back inclusive, gives the same net when the tax did not round', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...rates), (yuan, rate) => {
      // Whole hundreds of yuan at these rates have an exact tax, so both directions agree exactly.
      const net = `${yuan * 100}.00`;
      const forward = computeTax(net, rate, false);
      expect(computeTax(forward.gross, rate, true)).toEqual(forward);
    }));
  });

  it('refuses rates outside 0 ≤ rate < 1', () => {
    expect(() => computeTax('100', '-0.01', true)).toThrow(RangeError);
    expect(() => computeTax('100', '1', true)).toThrow(RangeError);
  });
});

describe('invoice pricing', () => {
  it('prices each line (quantity × price), totals the lines and groups VAT by rate', () => {
    const priced = priceInvoice([
      { description: '服务器', accountId: 'a', quantity: '2', price: '5650', taxRate: '0.13' },
      { description: '安装', accountId: 'b', quantity: '1', price: '1060', taxRate: '0.06' },
      { description: '运费', accountId: 'c', quantity: '3', price: '33.333333', taxRate: '0.09' },
    ], true);
    expect(priced.lines.map((l) => [l.net, l.tax, l.gross])).toEqual([['10000.00', '1300.00', '11300.00'], ['1000.00', '60.00', '1060.00'], ['91.74', '8.26', '100.00']]);
    expect([priced.net, priced.tax, priced.gross]).toEqual(['11091.74', '1368.26', '12460.00']);
    expect(taxByRate(priced.lines)).toEqual([{ rate: '0.13', tax: '1300.00' }, { rate: '0.06', tax: '60.00' }, { rate: '0.09', tax: '8.26' }]);
  });

  it('keeps net + tax = gross on every line and on the whole invoice', () => {
    const line = fc.record({
      description: fc.constant('x'), accountId: fc.constant('a'),
      quantity: fc.integer({ min: 1, max: 10_000 }).map(String), price: amount, taxRate: fc.constantFrom(...rates),
    });
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.boolean(), (lines, inclusive) => {
      const p = priceInvoice(lines, inclusive);
      expect(new Decimal(p.net).plus(p.tax).equals(p.gross)).toBe(true);
      const grossSum = p.lines.reduce((s, l) => s.plus(l.gross), new Decimal(0));
      expect(grossSum.equals(p.gross)).toBe(true);
    }));
  });
});
