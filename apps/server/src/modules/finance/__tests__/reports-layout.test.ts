import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { balanceSheetAssets, balanceSheetClaims } from '../domain/reports/balance-sheet.layout.ts';
import { incomeStatementLines } from '../domain/reports/income-statement.layout.ts';
import { evaluateStatement, rowOfCode } from '../domain/reports/statement.ts';

// The statement layouts as data: every account code lands in exactly one row (longest prefix),
// contra accounts net inside their row, and the sheet balances whenever the nets sum to zero.

const nets = (entries: Record<string, number>) => new Map(Object.entries(entries).map(([k, v]) => [k, new Decimal(v)]));
const all = [...balanceSheetAssets, ...balanceSheetClaims];

describe('statement layouts', () => {
  it('gives every account class a row and the specific row over the catch-all', () => {
    const rowOf = rowOfCode(all);
    for (const code of ['1999', '2999', '3001', '4999', '5999', '6999']) expect(rowOf(code)).toBeDefined();
    expect([rowOf('1231'), rowOf('1602'), rowOf('5001'), rowOf('5301'), rowOf('410401'), rowOf('6602')])
      .toEqual(['accountsReceivable', 'fixedAssets', 'inventories', 'developmentCosts', 'retainedEarnings', 'retainedEarnings']);
    const plRow = rowOfCode(incomeStatementLines);
    expect([plRow('6711'), plRow('6701'), plRow('6901'), plRow('660201')]).toEqual(['nonOperatingExpenses', 'impairmentLosses', 'nonOperatingIncome', 'adminExpenses']);
  });

  it('nets contra accounts and balances with profit not yet carried forward', () => {
    const values = evaluateStatement(all, nets({
      1122: 1000, 1231: -50, 1601: 5000, 1602: -1000, 5001: 200, 1999: 7, 2221: -10, 6001: -300, 6602: 100, 4001: -4947,
    }), rowOfCode(all));
    expect(values.get('accountsReceivable')!.toFixed(2)).toBe('950.00');
    expect(values.get('fixedAssets')!.toFixed(2)).toBe('4000.00');
    expect(values.get('inventories')!.toFixed(2)).toBe('200.00');
    expect(values.get('otherCurrentAssets')!.toFixed(2)).toBe('7.00');
    expect(values.get('retainedEarnings')!.toFixed(2)).toBe('200.00');
    expect(values.get('assetsTotal')!.toFixed(2)).toBe('5157.00');
    expect(values.get('liabilitiesAndEquityTotal')!.toFixed(2)).toBe('5157.00');
  });

  it('makes net profit the whole P&L class', () => {
    const values = evaluateStatement(incomeStatementLines, nets({ 6001: -1000, 6051: -50, 6401: 600, 6602: 100, 6111: -20, 6301: -5, 6711: 15, 6801: 90, 6901: 3 }), rowOfCode(incomeStatementLines));
    expect(values.get('revenue')!.toFixed(2)).toBe('1050.00');
    expect(values.get('operatingProfit')!.toFixed(2)).toBe('370.00');
    expect(values.get('totalProfit')!.toFixed(2)).toBe('357.00');
    expect(values.get('netProfit')!.toFixed(2)).toBe('267.00');
    expect(incomeStatementLines.map((l) => l.lineNo)).toEqual(incomeStatementLines.map((_, i) => i + 1));
  });
});
