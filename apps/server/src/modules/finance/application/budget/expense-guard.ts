import Decimal from 'decimal.js';
import { registerSubmitGuard, type SubmitGuardInput } from '../../../approval/index.ts';
import { budgetErrors } from '../../budget.errors.ts';
import { findChartAccountByCode } from '../../infra/reports/chart.query.ts';
import { checkBudget } from './check-budget.ts';

/** 报销 request type code (seeded by the approval module) and the account claims are booked on. */
export const expenseRequestTypeCode = 'expense';
export const expenseAccountCode = '6602';

const chinaDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Budget control on 报销 claims: the claim's total (报销总额) is checked against the initiator's
 * department budget on 6602 管理费用 for the current month (the claim is booked when it is
 * reimbursed, i.e. now, whatever the receipt dates). The form's expense categories are not mapped
 * to sub-accounts: a budget on 6602 covers them all. Block mode refuses the submission; approval
 * mode sets `overBudget` (true/false) so the request type can route it to the 总经理; warn and off
 * let it through unchanged. Departments without a budget cell are never checked.
 */
export async function expenseBudgetGuard(input: SubmitGuardInput): Promise<Record<string, unknown> | undefined> {
  const total = typeof input.form.total === 'string' ? new Decimal(input.form.total) : null;
  if (!input.departmentId || !total || !total.isPositive()) return undefined;
  const account = await findChartAccountByCode(expenseAccountCode);
  if (!account) return undefined;
  const check = await checkBudget({ departmentId: input.departmentId, accountId: account.id, date: chinaDate.format(new Date()), amount: total.toFixed(2) });
  if (check.budget === null) return undefined;
  if (check.mode === 'block' && check.over) {
    const params = { budget: check.budget, used: check.actual, requested: total.toFixed(2) };
    throw budgetErrors['finance.budget.exceeded'](params, { ...params, available: check.available });
  }
  // The guard's flag replaces whatever the client sent: only the budget decides the extra approval.
  return check.mode === 'approval' ? { overBudget: check.over } : undefined;
}

registerSubmitGuard(expenseRequestTypeCode, expenseBudgetGuard);
