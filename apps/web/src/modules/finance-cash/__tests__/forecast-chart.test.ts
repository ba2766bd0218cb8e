import { describe, expect, it } from 'vitest';
import { forecastBars } from '../forecast-chart.ts';

const week = (receipts: string, payments: string, closingCash: string) => ({ weekStart: '2026-11-30', weekEnd: '2026-12-06', receipts, payments, net: '0', closingCash });

describe('forecast bars', () => {
  it('scales receipts and payments on one shared axis', () => {
    const bars = forecastBars([week('1000.00', '500.00', '2000.00'), week('0', '250.00', '1750.00')]);
    expect(bars[0]).toMatchObject({ receipts: 100, payments: 50, closing: 100, negative: false });
    expect(bars[1]).toMatchObject({ receipts: 0, payments: 25, closing: 87.5 });
  });

  it('marks weeks that end with negative cash', () => {
    const bars = forecastBars([week('0', '3000.00', '-1000.00'), week('0', '0', '500.00')]);
    expect(bars[0]).toMatchObject({ negative: true, closing: -100 });
    expect(bars[1]?.negative).toBe(false);
  });

  it('draws nothing for an all-zero forecast', () => {
    expect(forecastBars([week('0', '0', '0')])).toEqual([{ receipts: 0, payments: 0, closing: 0, negative: false }]);
  });
});
