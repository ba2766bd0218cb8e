import { describe, expect, it } from 'vitest';
import { compareDecimal, formatMoney, formatPrice, formatQty, lineAmount, percentOf, splitGross, subtract, sumMoney } from '../decimal.ts';
import { milestoneIndex } from '../components/RequestSteps.tsx';
import { linesOf } from '../form-errors.ts';

describe('procurement decimal helpers', () => {
  it('multiplies quantity by a 6-decimal price and rounds half-up to the fen', () => {
    expect(lineAmount('3', '12.345')).toBe(3704n); // 37.035 → 37.04
    expect(lineAmount('0.3333', '3')).toBe(100n); // 0.9999 → 1.00
    expect(lineAmount('', '5')).toBe(0n);
  });

  it('splits a tax-inclusive amount at a percent rate so net + tax = gross', () => {
    expect(splitGross(11300n, '13')).toEqual({ net: '100.00', tax: '13.00', gross: '113.00' });
    expect(splitGross(10000n, '13')).toEqual({ net: '88.50', tax: '11.50', gross: '100.00' });
    expect(splitGross(10000n, '0')).toEqual({ net: '100.00', tax: '0.00', gross: '100.00' });
  });

  it('subtracts and compares decimal strings exactly', () => {
    expect(subtract('10.0000', '2.5')).toBe('7.5');
    expect(subtract('0.1', '0.3')).toBe('-0.2');
    expect(compareDecimal('0.30', '0.3')).toBe(0);
    expect(compareDecimal('12', '9.9999')).toBe(1);
  });

  it('formats quantities, prices and money for people', () => {
    expect(formatQty('1200.5000')).toBe('1,200.5');
    expect(formatQty('24.0000')).toBe('24');
    expect(formatPrice('12.500000')).toBe('12.50');
    expect(formatPrice('0.123456')).toBe('0.123456');
    expect(formatMoney('11300')).toBe('11,300.00');
    expect(sumMoney(['0.10', '0.20', 5n])).toBe('0.35');
  });

  it('measures progress as a percent with one decimal', () => {
    expect(percentOf('1', '3')).toBe(33.3);
    expect(percentOf('5', '0')).toBe(0);
  });
});

describe('request milestones', () => {
  it('puts the live status on the 已批准 → 已付款 path, and nowhere before approval', () => {
    expect(milestoneIndex('approved')).toBe(0);
    expect(milestoneIndex('paid')).toBe(5);
    expect(milestoneIndex('pendingApproval')).toBe(-1);
    expect(milestoneIndex('cancelled')).toBe(-1);
  });
});

describe('line numbers of a business error', () => {
  it('reads one line, a list of lines or a nested list', () => {
    expect(linesOf({ line: 2, itemId: 'x' })).toEqual([2]);
    expect(linesOf([{ line: 1 }, { line: 3 }])).toEqual([1, 3]);
    expect(linesOf({ lines: [{ line: 4 }] })).toEqual([4]);
    expect(linesOf({ code: 'x' })).toEqual([]);
  });
});
