import { describe, expect, it } from 'vitest';
import { invoiceDisplayStatus } from '../invoice-status.ts';

describe('invoice display status', () => {
  it('tells cancelled, open, partly and fully settled bills apart', () => {
    expect(invoiceDisplayStatus({ status: 'cancelled', open: '0.00', settled: '0.00' })).toBe('cancelled');
    expect(invoiceDisplayStatus({ status: 'posted', open: '11300.00', settled: '0.00' })).toBe('open');
    expect(invoiceDisplayStatus({ status: 'posted', open: '0.01', settled: '11299.99' })).toBe('partial');
    expect(invoiceDisplayStatus({ status: 'posted', open: '0.00', settled: '11300.00' })).toBe('settled');
  });
});
