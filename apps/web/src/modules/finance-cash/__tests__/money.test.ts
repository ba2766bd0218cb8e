import { describe, expect, it } from 'vitest';
import { fenOf, formatMoney, groupDigits, invoiceTotals, lineAmount, parseDecimal, splitTax, sumMoney, ungroupDigits } from '../money.ts';

describe('money helpers', () => {
  it('parses decimal strings exactly and rejects garbage', () => {
    expect(parseDecimal('1234.5678')).toEqual({ units: 12345678n, scale: 4 });
    expect(parseDecimal('-0.5')).toEqual({ units: -5n, scale: 1 });
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('')).toBeNull();
    expect(fenOf('1,000.005')).toBe(100001n);
    expect(fenOf('-1.005')).toBe(-101n);
  });

  it('formats with thousands separators and 2 decimals', () => {
    expect(formatMoney('11300')).toBe('11,300.00');
    expect(formatMoney('1234567.891')).toBe('1,234,567.89');
    expect(formatMoney('-999.5')).toBe('-999.50');
    expect(formatMoney('0')).toBe('0.00');
    expect(formatMoney(null)).toBe('');
  });

  it('sums without float drift', () => {
    expect(sumMoney(['0.1', '0.2'])).toBe('0.30');
    expect(sumMoney(Array.from({ length: 10 }, () => '0.10'))).toBe('1.00');
  });

  it('multiplies quantity by price and rounds half-up to fen', () => {
    expect(lineAmount('3', '33.335')).toBe(10001n);
    expect(lineAmount('1.5', '0.01')).toBe(2n);
    expect(lineAmount('', '5')).toBe(0n);
  });

  it('splits a tax-inclusive 11,300.00 at 13% into 10,000.00 + 1,300.00', () => {
    expect(splitTax(1130000n, '0.13', true)).toEqual({ net: '10000.00', tax: '1300.00', gross: '11300.00' });
  });

  it('adds tax on a tax-exclusive amount, rounding half-up', () => {
    expect(splitTax(1000n, '0.13', false)).toEqual({ net: '10.00', tax: '1.30', gross: '11.30' });
    // 0.05 × 9% = 0.0045 → 0.00; 0.50 × 9% = 0.045 → 0.05
    expect(splitTax(5n, '0.09', false).tax).toBe('0.00');
    expect(splitTax(50n, '0.09', false).tax).toBe('0.05');
    expect(splitTax(10000n, '0', true)).toEqual({ net: '100.00', tax: '0.00', gross: '100.00' });
  });

  it('keeps net + tax = gross for inclusive splits', () => {
    for (const gross of [1n, 7n, 99n, 12345n, 100001n]) {
      for (const rate of ['0.13', '0.09', '0.06']) {
        const s = splitTax(gross, rate, true);
        expect(fenOf(s.net) + fenOf(s.tax)).toBe(gross);
      }
    }
  });

  it('totals an invoice as the sum of its rounded lines', () => {
    const result = invoiceTotals([
      { quantity: '1', price: '11300', taxRate: '0.13' },
      { quantity: '2', price: '53', taxRate: '0.06' },
      undefined,
    ], true);
    expect(result.lines[1]).toEqual({ net: '100.00', tax: '6.00', gross: '106.00' });
    expect(result.total).toEqual({ net: '10100.00', tax: '1306.00', gross: '11406.00' });
  });

  it('groups the digits of an amount being typed, and ungroups them for the value', () => {
    expect(groupDigits('1234567.5')).toBe('1,234,567.5');
    expect(groupDigits('11300')).toBe('11,300');
    expect(groupDigits('0.1234')).toBe('0.1234');
    expect(groupDigits(undefined)).toBe('');
    expect(ungroupDigits('1,234,567.50')).toBe('1234567.50');
  });
});
