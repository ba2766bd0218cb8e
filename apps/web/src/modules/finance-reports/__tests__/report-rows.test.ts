import { describe, expect, it } from 'vitest';
import type { BalanceSheetRow, BudgetRow, DetailLedger } from '../api.ts';
import { pairBalanceSheet } from '../components/statement-pairs.ts';
import { ledgerLines } from '../components/ledger-lines.ts';
import { budgetTotals, monthsForSave } from '../components/budget-grid.ts';

const bs = (key: string, kind: BalanceSheetRow['kind'] = 'item'): BalanceSheetRow => ({
  key, lineNo: null, label: { 'zh-CN': key, 'en-US': key }, kind, indent: 0, closing: '1.00', yearOpening: '0.00',
});

describe('balance sheet pairing', () => {
  it('pads the shorter side and puts both grand totals on the last line', () => {
    const pairs = pairBalanceSheet([bs('cash'), bs('ar'), bs('assetsTotal', 'total')], [bs('ap'), bs('liabTotal', 'total')]);
    expect(pairs.map((p) => [p.left?.key ?? null, p.right?.key ?? null])).toEqual([
      ['cash', 'ap'], ['ar', null], ['assetsTotal', 'liabTotal'],
    ]);
  });

  it('keeps all rows when a side has no total', () => {
    expect(pairBalanceSheet([bs('a')], [bs('b'), bs('c')]).map((p) => p.key)).toEqual(['line-0', 'line-1']);
  });
});

describe('detail ledger lines', () => {
  it('adds the opening row and a closing row with the range sums', () => {
    const ledger: DetailLedger = {
      account: { id: 'a', code: '1002', name: '银行存款', level: 1, isLeaf: true, category: 'asset', direction: 'debit' },
      opening: { direction: 'debit', balance: '100.00' },
      rows: [
        { voucherId: 'v1', voucherNumber: '记-0001', period: 202611, voucherDate: '2026-11-02', summary: '收款', accountCode: '1002', debit: '50.10', credit: '0', direction: 'debit', balance: '150.10' },
        { voucherId: 'v2', voucherNumber: '记-0002', period: 202611, voucherDate: '2026-11-03', summary: '', accountCode: '100201', debit: '0', credit: '20.05', direction: 'debit', balance: '130.05' },
      ],
      closing: { direction: 'debit', balance: '130.05' },
      totals: { debit: '50.10', credit: '20.05' },
      truncated: false,
    };
    const lines = ledgerLines(ledger, { opening: '期初余额', closing: '期末余额' });
    expect(lines.map((l) => l.kind)).toEqual(['opening', 'entry', 'entry', 'closing']);
    expect(lines[0]).toMatchObject({ summary: '期初余额', balance: '100.00', debit: null });
    expect(lines[3]).toMatchObject({ summary: '期末余额', debit: '50.10', credit: '20.05', balance: '130.05' });
    expect(lines[2]).toMatchObject({ summary: '', accountCode: '100201' });
  });
});

describe('budget grid', () => {
  const row = (accountId: string, months: string[]): BudgetRow => ({
    departmentId: 'd', departmentName: '销售部', accountId, accountCode: accountId, accountName: accountId, months, total: '0',
  });
  const twelve = (v: string) => Array.from({ length: 12 }, () => v);

  it('totals months over rows including unsaved edits', () => {
    const rows = [row('6601', twelve('100.00')), row('6602', twelve('0.50'))];
    const edited = twelve('100.00');
    edited[0] = '300';
    const totals = budgetTotals(rows, { 'd:6601': edited });
    expect(totals.months[0]).toBe('300.50');
    expect(totals.months[1]).toBe('100.50');
    expect(totals.total).toBe('1406.00');
  });

  it('normalises months for saving and refuses negative or malformed amounts', () => {
    const months = twelve('');
    months[2] = '1200.5';
    expect(monthsForSave(months)).toEqual(['0.00', '0.00', '1200.50', ...twelve('0.00').slice(3)]);
    months[3] = '-1';
    expect(monthsForSave(months)).toBeNull();
    months[3] = 'x';
    expect(monthsForSave(months)).toBeNull();
  });
});
