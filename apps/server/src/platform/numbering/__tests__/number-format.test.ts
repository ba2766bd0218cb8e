import { describe, expect, it } from 'vitest';
import { formatNumber, periodOf, defaultRule } from '../number-format.ts';

const rule = { prefix: 'PR', datePattern: 'YYYYMM' as const, padding: 4, separator: '-' };

describe('document number format', () => {
  it('prints prefix, period and the padded counter', () => {
    expect(formatNumber(rule, new Date('2026-11-15T04:00:00Z'), 1)).toBe('PR-202611-0001');
    expect(formatNumber({ ...rule, datePattern: 'YYYYMMDD', separator: '' }, new Date('2026-11-15T04:00:00Z'), 42)).toBe('PR202611150042');
    expect(formatNumber({ ...rule, datePattern: 'YYYY', separator: '/', padding: 6 }, new Date('2026-11-15T04:00:00Z'), 7)).toBe('PR/2026/000007');
    expect(formatNumber({ ...rule, datePattern: 'none', separator: '_' }, new Date('2026-11-15T04:00:00Z'), 3)).toBe('PR_0003');
  });

  it('lets the counter grow past its padding instead of wrapping', () => {
    expect(formatNumber(rule, new Date('2026-11-15T04:00:00Z'), 10000)).toBe('PR-202611-10000');
  });

  it('dates numbers by the calendar day in China, not in UTC', () => {
    // 2026-11-30 17:30 UTC is already 1 December in Shanghai (UTC+8).
    const lateUtc = new Date('2026-11-30T17:30:00Z');
    expect(periodOf('YYYYMM', lateUtc)).toBe('202612');
    expect(periodOf('YYYYMMDD', lateUtc)).toBe('20261201');
    expect(periodOf('YYYY', new Date('2026-12-31T16:00:00Z'))).toBe('2027');
    expect(periodOf('YYYYMMDD', new Date('2026-11-30T15:59:59Z'))).toBe('20261130');
    expect(periodOf('none', lateUtc)).toBe('all');
  });

  it('defaults to the registered prefix, else the type key upper-cased', () => {
    expect(defaultRule('purchaseRequest', 'PR')).toEqual({ prefix: 'PR', datePattern: 'YYYYMM', padding: 4, separator: '-' });
    expect(defaultRule('po', undefined).prefix).toBe('PO');
    expect(defaultRule('goods.receipt', undefined).prefix).toBe('GOODSREC');
  });
});
