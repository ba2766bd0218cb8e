import { describe, expect, it } from 'vitest';
import { formatMoney, normalizeAmount, parseCents, sumCents } from '../money.ts';

describe('money helpers', () => {
  it('parses amounts into integer cents', () => {
    expect(parseCents('1234.5')).toBe(123450n);
    expect(parseCents('-0.01')).toBe(-1n);
    expect(parseCents('1,000')).toBe(100000n);
    expect(parseCents('.5')).toBe(50n);
    expect(parseCents('1.234')).toBeNull();
    expect(parseCents('12a')).toBeNull();
    expect(parseCents('')).toBeNull();
  });

  it('formats with 2 decimals and thousands separators', () => {
    expect(formatMoney('1234567.8')).toBe('1,234,567.80');
    expect(formatMoney('-500')).toBe('-500.00');
    expect(formatMoney('0')).toBe('0.00');
    expect(formatMoney('x')).toBe('');
  });

  it('adds without floating-point drift', () => {
    expect(sumCents(['0.1', '0.2'])).toBe(30n);
    expect(normalizeAmount('0.1')).toBe('0.10');
    expect(normalizeAmount('-1,000')).toBe('-1000.00');
  });
});
