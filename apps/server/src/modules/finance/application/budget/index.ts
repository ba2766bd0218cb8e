// What the budget area offers the rest of the system (re-exported by the module's index.ts).
export { checkBudget, type BudgetCheckInput } from './check-budget.ts';
export { listBudgets, saveBudget } from './budgets.ts';
export { budgetVsActual } from './budget-vs-actual.ts';
export { requestBudgetGuard, budgetedRequestTypes } from './budget-guards.ts';
export { budgetErrors } from '../../budget.errors.ts';
