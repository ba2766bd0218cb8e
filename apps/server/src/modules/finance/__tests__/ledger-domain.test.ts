import { describe, expect, it } from 'vitest';
import { prcChart, parentCodeOf, levelOf } from '../domain/chart/prc-chart.ts';
import { carryForwardLines, yearEndLines } from '../domain/ledger/carry-forward.ts';
import { lastDayOf, nextPeriod, periodOfDate, periodsBetween, previousPeriod } from '../domain/ledger/periods.ts';
import { pickRule, type RuleCandidate } from '../domain/ledger/rule-match.ts';
import { checkVoucherLines, negateLine, type AccountFacts } from '../domain/ledger/voucher-lines.ts';

// The ledger's pure rules: chart shape, rule precedence, line checks, closing entries, periods.

describe('PRC chart', () => {
  it('has every parent of every code, unique codes and the codes other areas rely on', () => {
    const codes = new Set(prcChart.map((e) => e.code));
    expect(codes.size).toBe(prcChart.length);
    for (const e of prcChart) {
      const parent = parentCodeOf(e.code);
      if (parent) expect(codes.has(parent)).toBe(true);
    }
    for (const code of ['1001', '1002', '1012', '1122', '1123', '1221', '1403', '1405', '1601', '1602', '2001', '2202', '2203', '2211', '22210101', '22210102', '22210103', '22210104', '222102', '2241', '4001', '4103', '410401', '5001', '6001', '6401', '6601', '6602', '6603', '6711', '6801']) {
      expect(codes.has(code)).toBe(true);
    }
    expect(levelOf('22210101')).toBe(3);
  });
});

describe('posting rule precedence', () => {
  const rule = (documentType: string, itemCategory: string | null, partnerId: string | null, accountId: string): RuleCandidate => ({ documentType, role: 'inventory', itemCategory, partnerId, accountId });
  const rules = [rule('*', null, null, 'plain'), rule('*', null, 'p1', 'partner'), rule('*', 'material', null, 'item'), rule('*', 'material', 'p1', 'itemPartner'), rule('grn', null, null, 'exact')];
  it('prefers the exact document type, then item category + partner, item category, partner, plain', () => {
    expect(pickRule(rules, { documentType: 'grn', role: 'inventory', itemCategory: 'material', partnerId: 'p1' })?.accountId).toBe('exact');
    expect(pickRule(rules, { documentType: 'bill', role: 'inventory', itemCategory: 'material', partnerId: 'p1' })?.accountId).toBe('itemPartner');
    expect(pickRule(rules, { documentType: 'bill', role: 'inventory', itemCategory: 'material', partnerId: 'p2' })?.accountId).toBe('item');
    expect(pickRule(rules, { documentType: 'bill', role: 'inventory', partnerId: 'p1' })?.accountId).toBe('partner');
    expect(pickRule(rules, { documentType: 'bill', role: 'inventory', itemCategory: 'goods' })?.accountId).toBe('plain');
    expect(pickRule(rules, { documentType: 'bill', role: 'cogs' })).toBeNull();
  });
});

describe('voucher lines', () => {
  const facts = new Map<string, AccountFacts>([
    ['a', { code: '1001', isLeaf: true, enabled: true, dimensions: [] }],
    ['b', { code: '1122', isLeaf: true, enabled: true, dimensions: ['partner'] }],
  ]);
  it('accepts a balanced voucher and names each bad line', () => {
    expect(checkVoucherLines([{ accountId: 'a', debit: '10.50', credit: '0' }, { accountId: 'b', debit: '0', credit: '10.50', partnerId: 'p' }], facts)).toMatchObject({ issues: [], balanced: true, totalDebit: '10.50' });
    const bad = checkVoucherLines([{ accountId: 'a', debit: '1.005', credit: '0' }, { accountId: 'b', debit: '0', credit: '1.00' }], facts);
    expect(bad.issues).toEqual([{ line: 1, reason: 'tooManyDecimals' }, { line: 2, reason: 'missingDimension:partner', accountCode: '1122' }]);
    expect(checkVoucherLines([{ accountId: 'a', debit: 'abc', credit: '0' }], facts).issues).toEqual([{ line: 1, reason: 'notANumber' }]);
    expect(checkVoucherLines([{ accountId: 'a', debit: '-1', credit: '0' }, { accountId: 'a', debit: '0', credit: '-1' }], facts, true)).toMatchObject({ issues: [], balanced: true });
  });
  it('negates amounts on the same side for red ink', () => {
    expect(negateLine({ debit: '12.30', credit: '0.00' })).toEqual({ debit: '-12.30', credit: '0' });
  });
});

describe('closing entries', () => {
  it('empties P&L nets into 本年利润 gross, and moves the year profit to 未分配利润', () => {
    const lines = carryForwardLines([
      { accountId: 'rev', debit: '0', credit: '1000.00' },
      { accountId: 'cost', debit: '600.00', credit: '0' },
      { accountId: 'flat', debit: '5.00', credit: '5.00' },
    ], 'profit');
    expect(lines).toEqual([
      { accountId: 'cost', debit: '0', credit: '600.00', dims: {} },
      { accountId: 'rev', debit: '1000.00', credit: '0', dims: {} },
      { accountId: 'profit', debit: '0', credit: '1000.00' },
      { accountId: 'profit', debit: '600.00', credit: '0' },
    ]);
    expect(carryForwardLines([{ accountId: 'x', debit: '1', credit: '1' }], 'profit')).toEqual([]);
    expect(yearEndLines('profit', 'retained', '600.00', '1000.00')).toEqual([{ accountId: 'profit', debit: '400.00', credit: '0' }, { accountId: 'retained', debit: '0', credit: '400.00' }]);
    expect(yearEndLines('profit', 'retained', '1000.00', '600.00')).toEqual([{ accountId: 'retained', debit: '400.00', credit: '0' }, { accountId: 'profit', debit: '0', credit: '400.00' }]);
  });
});

describe('periods', () => {
  it('walks months across years', () => {
    expect(nextPeriod(202612)).toBe(202701);
    expect(previousPeriod(202701)).toBe(202612);
    expect(periodsBetween(202611, 202702)).toEqual([202611, 202612, 202701, 202702]);
    expect(periodOfDate('2026-02-28')).toBe(202602);
    expect(lastDayOf(202802)).toBe('2028-02-29');
  });
});
