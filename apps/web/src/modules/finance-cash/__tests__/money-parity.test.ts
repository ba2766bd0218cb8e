import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenOf, fenToString, lineAmount, splitTax } from '../money.ts';

// The server prices invoices with decimal.js, 2 decimals ROUND_HALF_UP (apps/server finance domain/tax.ts).
// The form's live totals must show exactly what the server will post, so compare on random inputs.
const round2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
function serverSplit(amount: string, rate: string, inclusive: boolean) {
  const value = round2(new Decimal(amount));
  const r = new Decimal(rate);
  if (inclusive) {
    const net = round2(value.dividedBy(r.plus(1)));
    return { net: net.toFixed(2), tax: value.minus(net).toFixed(2), gross: value.toFixed(2) };
  }
  const tax = round2(value.times(r));
  return { net: value.toFixed(2), tax: tax.toFixed(2), gross: value.plus(tax).toFixed(2) };
}

const decimalText = (maxWhole: number, decimals: number) =>
  fc.tuple(fc.integer({ min: 0, max: maxWhole }), fc.integer({ min: 0, max: 10 ** decimals - 1 }))
    .map(([w, f]) => (decimals === 0 ? String(w) : `${w}.${String(f).padStart(decimals, '0')}`));

describe('money helpers agree with the server (decimal.js)', () => {
  it('line amount and VAT split match for random quantities, prices and rates', () => {
    fc.assert(fc.property(
      decimalText(99_999, 4), decimalText(9_999_999, 6), fc.constantFrom('0.13', '0.09', '0.06', '0'), fc.boolean(),
      (quantity, price, rate, inclusive) => {
        const amount = lineAmount(quantity, price);
        const expectedAmount = round2(new Decimal(quantity).times(price)).toFixed(2);
        expect(fenToString(amount)).toBe(expectedAmount);
        expect(splitTax(amount, rate, inclusive)).toEqual(serverSplit(expectedAmount, rate, inclusive));
      },
    ), { numRuns: 500 });
  });

  it('parses and prints money strings losslessly', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
      expect(fenOf(fenToString(fen))).toBe(fen);
    }));
  });
});
