import type { BudgetCheck } from '@triad/contracts';
import Decimal from 'decimal.js';
import { budgetErrors } from '../../budget.errors.ts';
import { isOver, periodOfDate } from '../../domain/budget/budget-math.ts';
import { fmt } from '../../domain/reports/amounts.ts';
import { actualOfSubtree, budgetMode, departmentName, governingCell } from '../../infra/budget/budget.repository.ts';
import { reportAccount } from '../reports/report-account.ts';

export interface BudgetCheckInput { departmentId: string; accountId: string; date: string; amount: string }

/**
 * 预算控制: would spending `amount` on the account by the department in the month of `date` go
 * over the budget? The governing budget is the account's own cell or its nearest ancestor's;
 * used = posted spending so far that month. The tenant's mode (fin_settings.budget_control)
 * tells the caller what to do: off → nothing is checked; warn → show `over`; block → refuse;
 * approval → flag the request for extra approval. No budget cell → never over.
 */
export async function checkBudget(input: BudgetCheckInput): Promise<BudgetCheck> {
  const mode = await budgetMode();
  if (mode === 'off') return { mode, budget: null, actual: '0.00', available: null, over: false };
  if ((await departmentName(input.departmentId)) === null) throw budgetErrors['finance.budget.departmentNotFound']();
  const account = await reportAccount(input.accountId);
  const period = periodOfDate(input.date);
  const cell = await governingCell(input.departmentId, account.id, period);
  const actual = await actualOfSubtree(input.departmentId, cell?.code ?? account.code, period);
  if (!cell) return { mode, budget: null, actual: fmt(actual), available: null, over: false };
  return {
    mode, budget: fmt(cell.amount), actual: fmt(actual), available: fmt(cell.amount.minus(actual)),
    over: isOver(cell.amount, actual, new Decimal(input.amount)),
  };
}
