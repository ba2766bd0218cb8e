import type { BalanceSheet, IncomeStatement } from '@triad/contracts';
import { fmt, yearStart } from '../../domain/reports/amounts.ts';
import { balanceSheetAssets, balanceSheetClaims } from '../../domain/reports/balance-sheet.layout.ts';
import { incomeStatementLines } from '../../domain/reports/income-statement.layout.ts';
import { evaluateStatement, rowOfCode, type NumberedLine } from '../../domain/reports/statement.ts';
import { netsByCodeThrough, profitLossActivity } from '../../infra/reports/balances.query.ts';

/** December of the year before a period, the 年初 column's cut-off. */
const previousYearEnd = (period: number) => (Math.floor(period / 100) - 1) * 100 + 12;

/**
 * 资产负债表 at the end of a period, with the 年初余额 column (end of the previous year). Every
 * account lands in exactly one row, so `balanced` is false only when the books do not balance.
 */
export async function balanceSheet(input: { period: number }): Promise<BalanceSheet> {
  const all = [...balanceSheetAssets, ...balanceSheetClaims];
  const rowOf = rowOfCode(all);
  const closing = evaluateStatement(all, await netsByCodeThrough(input.period), rowOf);
  const opening = evaluateStatement(all, await netsByCodeThrough(previousYearEnd(input.period)), rowOf);
  const view = (line: NumberedLine) => ({
    key: line.key, lineNo: line.lineNo, label: line.label, kind: line.kind, indent: line.indent,
    closing: line.kind === 'heading' ? null : fmt(closing.get(line.key)!),
    yearOpening: line.kind === 'heading' ? null : fmt(opening.get(line.key)!),
  });
  const same = (values: Map<string, { equals(other: unknown): boolean }>) =>
    values.get('assetsTotal')!.equals(values.get('liabilitiesAndEquityTotal'));
  return {
    period: input.period, assets: balanceSheetAssets.map(view), liabilitiesAndEquity: balanceSheetClaims.map(view),
    balanced: same(closing) && same(opening),
  };
}

/**
 * 利润表: 本期金额 and 本年累计金额 of the P&L activity before the carry-forward to 本年利润
 * (period balances minus the closing vouchers' lines).
 */
export async function incomeStatement(input: { period: number }): Promise<IncomeStatement> {
  const rowOf = rowOfCode(incomeStatementLines);
  const current = evaluateStatement(incomeStatementLines, await profitLossActivity(input.period, input.period), rowOf);
  const ytd = evaluateStatement(incomeStatementLines, await profitLossActivity(yearStart(input.period), input.period), rowOf);
  return {
    period: input.period,
    rows: incomeStatementLines.map((line) => ({
      key: line.key, lineNo: line.lineNo, label: line.label, kind: line.kind, indent: line.indent,
      currentPeriod: line.kind === 'heading' ? null : fmt(current.get(line.key)!),
      yearToDate: line.kind === 'heading' ? null : fmt(ytd.get(line.key)!),
    })),
  };
}
