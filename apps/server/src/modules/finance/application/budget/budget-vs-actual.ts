import type { BudgetVsActualRow } from '@triad/contracts';
import { periodsOfYear, variance } from '../../domain/budget/budget-math.ts';
import { dec, fmt, zero } from '../../domain/reports/amounts.ts';
import { actualsOfCells, budgetCells, cellKey } from '../../infra/budget/budget.repository.ts';

/**
 * 预算执行: per budgeted department × account, the budget of the year (or one month) against the
 * posted spending of the account and its sub-accounts on lines of that department. Carry-forward
 * vouchers are not spending and are left out.
 */
export async function budgetVsActual(input: { year: number; month?: number; departmentId?: string }): Promise<{ rows: BudgetVsActualRow[] }> {
  const periods = periodsOfYear(input.year);
  const from = input.month ? periods[input.month - 1]! : periods[0]!;
  const to = input.month ? from : periods[11]!;
  const cells = await budgetCells(from, to, input.departmentId);
  const actuals = await actualsOfCells(from, to, input.departmentId);
  const rows = new Map<string, BudgetVsActualRow & { sum: ReturnType<typeof dec> }>();
  for (const cell of cells) {
    const key = cellKey(cell.departmentId, cell.accountId);
    const row = rows.get(key) ?? {
      departmentId: cell.departmentId, departmentName: cell.departmentName, accountId: cell.accountId, accountCode: cell.accountCode,
      accountName: cell.accountName, budget: '0.00', actual: '0.00', variance: '0.00', usedRatio: null, sum: zero,
    };
    row.sum = row.sum.plus(dec(cell.amount));
    rows.set(key, row);
  }
  return {
    rows: [...rows.entries()].map(([key, { sum, ...row }]) => {
      const actual = actuals.get(key) ?? zero;
      return { ...row, budget: fmt(sum), actual: fmt(actual), ...variance(sum, actual) };
    }),
  };
}
