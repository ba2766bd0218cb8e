import { describe, expect, it } from 'vitest';
import { costText, moneyText, qtyText, signOf, subtract } from '../numbers.ts';

describe('stock page numbers', () => {
  it('subtracts exactly across scales', () => {
    expect(subtract('100.0000', '98.5')).toBe('1.5');
    expect(subtract('0.1', '0.3')).toBe('-0.2');
    expect(subtract('24', '24.0000')).toBe('0');
    expect(subtract(null, '1')).toBeNull();
  });

  it('shows quantities without trailing zeros and with separators', () => {
    expect(qtyText('1250.5000')).toBe('1,250.5');
    expect(qtyText('-3.0000')).toBe('-3');
    expect(qtyText('0')).toBe('0');
  });

  it('shows money with two decimals and costs with two to four', () => {
    expect(moneyText('11300')).toBe('11,300.00');
    expect(moneyText('-5.5')).toBe('-5.50');
    expect(costText('12.345678')).toBe('12.3457');
    expect(costText('12.5')).toBe('12.50');
    expect(costText('0.00005')).toBe('0.0001');
  });

  it('knows the sign of a value', () => {
    expect(signOf('-0.0001')).toBe(-1);
    expect(signOf('0.0000')).toBe(0);
    expect(signOf('3')).toBe(1);
  });
});
