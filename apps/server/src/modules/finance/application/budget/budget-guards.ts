import Decimal from 'decimal.js';
import { registerSubmitGuard, type SubmitGuardInput } from '../../../approval/index.ts';
import { budgetErrors } from '../../budget.errors.ts';
import { findChartAccountByCode } from '../../infra/reports/chart.query.ts';
import { checkBudget } from './check-budget.ts';

/** The account OA requests are checked against: department spending is budgeted on 6602 管理费用. */
export const requestBudgetAccountCode = '6602';

/** OA request types under budget control, and the form field holding each one's amount. */
export const budgetedRequestTypes = {
  /** 报销: the claim's total (报销总额). */
  expense: 'total',
  /** 采购申请: the estimated total (预估总额). */
  purchaseRequest: 'estimatedAmount',
} as const;

const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Budget control on OA requests (报销, 采购申请): the request's amount is checked against the
 * initiator's department budget on 6602 管理费用 for the current month (a claim is booked when it
 * is reimbursed, a purchase when it is bought — i.e. now, whatever the receipt dates). Expense
 * categories and purchase items are not mapped to sub-accounts: a budget on 6602 covers them all.
 * Block mode refuses the submission; approval mode sets `overBudget` (true/false) so the request
 * type routes it to the 总经理; warn and off let it through unchanged. Departments without a
 * budget cell are never checked.
 */
export async function requestBudgetGuard(amountField: string, input: SubmitGuardInput): Promise<Record<string, unknown> | undefined> {
  const raw = input.form[amountField];
  const amount = typeof raw === 'string' ? new Decimal(raw) : null;
  if (!input.departmentId || !amount || !amount.isPositive()) return undefined;
  const account = await findChartAccountByCode(requestBudgetAccountCode);
  if (!account) return undefined;
  const check = await checkBudget({ departmentId: input.departmentId, accountId: account.id, date: chinaDate.format(new Date()), amount: amount.toFixed(2) });
  if (check.budget === null) return undefined;
  if (check.mode === 'block' && check.over) {
    const params = { budget: check.budget, used: check.actual, requested: amount.toFixed(2) };
    throw budgetErrors['finance.budget.exceeded'](params, { ...params, available: check.available });
  }
  // The guard's flag replaces whatever the client sent: only the budget decides the extra approval.
  return check.mode === 'approval' ? { overBudget: check.over } : undefined;
}

for (const [code, amountField] of Object.entries(budgetedRequestTypes)) {
  registerSubmitGuard(code, (input) => requestBudgetGuard(amountField, input));
}
