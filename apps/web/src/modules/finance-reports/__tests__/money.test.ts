import { describe, expect, it } from 'vitest';
import { formatMoney, formatRate, isNegativeMoney, moneyToNumber, normalizeMoney, ratioPercent, sumMoney, toCents } from '../components/money.ts';

describe('report money helpers', () => {
  it('formats with thousands separators and two decimals', () => {
    expect(formatMoney('1234567.5')).toBe('1,234,567.50');
    expect(formatMoney('0')).toBe('0.00');
    expect(formatMoney('-98765.43')).toBe('-98,765.43');
    expect(formatMoney('100')).toBe('100.00');
    expect(formatMoney(12.3)).toBe('12.30');
  });

  it('rounds half-up on the third decimal like the server', () => {
    expect(formatMoney('0.005')).toBe('0.01');
    expect(formatMoney('2.344')).toBe('2.34');
    expect(formatMoney('-0.005')).toBe('-0.01');
  });

  it('keeps every digit of large amounts (no float rounding)', () => {
    expect(formatMoney('9999999999999999.99')).toBe('9,999,999,999,999,999.99');
    expect(sumMoney(['0.10', '0.20'])).toBe('0.30');
  });

  it('leaves blanks blank and can blank zeros', () => {
    expect(formatMoney(null)).toBe('');
    expect(formatMoney('')).toBe('');
    expect(formatMoney('abc')).toBe('');
    expect(formatMoney('0.00', { blankZero: true })).toBe('');
    expect(formatMoney('0.01', { blankZero: true })).toBe('0.01');
  });

  it('detects negatives, converts for Excel and normalises input', () => {
    expect(isNegativeMoney('-0.01')).toBe(true);
    expect(isNegativeMoney('0')).toBe(false);
    expect(moneyToNumber('1,000')).toBeNull();
    expect(moneyToNumber('1000.456')).toBe(1000.46);
    expect(normalizeMoney('12')).toBe('12.00');
    expect(toCents('.5')).toBe(50n);
    expect(sumMoney(['1.005', null, '', '-2'])).toBe('-0.99');
  });

  it('shows rates and usage ratios as percentages', () => {
    expect(formatRate('0.13')).toBe('13%');
    expect(formatRate('0.065')).toBe('6.5%');
    expect(formatRate('0')).toBe('0%');
    expect(ratioPercent('1.2345')).toBe(123.5);
    expect(ratioPercent(null)).toBeNull();
  });
});
