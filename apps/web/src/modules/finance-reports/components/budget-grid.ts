import type { BudgetRow } from '../api.ts';
import { normalizeMoney, sumMoney } from './money.ts';

export const monthIndexes = Array.from({ length: 12 }, (_, i) => i);

export const budgetRowKey = (row: Pick<BudgetRow, 'departmentId' | 'accountId'>) => `${row.departmentId}:${row.accountId}`;

/** The months a row shows: the unsaved edit when there is one, else what the server has. */
export function effectiveMonths(row: BudgetRow, drafts: Readonly<Record<string, string[]>>): string[] {
  return drafts[budgetRowKey(row)] ?? row.months;
}

/** Per-month column sums and the grand total over the visible rows (unsaved edits included). */
export function budgetTotals(rows: readonly BudgetRow[], drafts: Readonly<Record<string, string[]>>): { months: string[]; total: string } {
  const months = monthIndexes.map((m) => sumMoney(rows.map((r) => effectiveMonths(r, drafts)[m])));
  return { months, total: sumMoney(months) };
}

/** The PUT body's months: every entry a 2-decimal string ≥ 0, blanks as 0; null when one is invalid. */
export function monthsForSave(months: readonly (string | null | undefined)[]): string[] | null {
  const result: string[] = [];
  for (const m of monthIndexes) {
    const value = months[m];
    const normalized = value === null || value === undefined || value === '' ? '0.00' : normalizeMoney(value);
    if (normalized === null || normalized.startsWith('-')) return null;
    result.push(normalized);
  }
  return result;
}
