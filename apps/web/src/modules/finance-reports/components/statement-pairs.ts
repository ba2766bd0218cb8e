import type { BalanceSheetRow } from '../api.ts';

/** One printed line of the two-column balance sheet: an asset row beside a liability/equity row. */
export interface BalanceSheetPair {
  key: string;
  left: BalanceSheetRow | null;
  right: BalanceSheetRow | null;
}

/**
 * The PRC layout puts 资产 on the left and 负债和所有者权益 on the right, line by line; the longer side
 * decides the number of lines and the shorter side is padded with blanks — except that the two
 * grand totals (资产总计 / 负债和所有者权益总计) must share the last line.
 */
export function pairBalanceSheet(assets: readonly BalanceSheetRow[], liabilities: readonly BalanceSheetRow[]): BalanceSheetPair[] {
  const isGrandTotal = (rows: readonly BalanceSheetRow[]) => rows[rows.length - 1]?.kind === 'total';
  const leftTotal = isGrandTotal(assets) ? assets[assets.length - 1] ?? null : null;
  const rightTotal = isGrandTotal(liabilities) ? liabilities[liabilities.length - 1] ?? null : null;
  const left = leftTotal ? assets.slice(0, -1) : [...assets];
  const right = rightTotal ? liabilities.slice(0, -1) : [...liabilities];
  const length = Math.max(left.length, right.length);
  const pairs: BalanceSheetPair[] = [];
  for (let i = 0; i < length; i += 1) pairs.push({ key: `line-${i}`, left: left[i] ?? null, right: right[i] ?? null });
  if (leftTotal || rightTotal) pairs.push({ key: 'grand-total', left: leftTotal, right: rightTotal });
  return pairs;
}
