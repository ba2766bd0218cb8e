import { defineErrors } from '../../platform/http/index.ts';

/** Failures of budgets (预算) and budget control. */
export const budgetErrors = defineErrors({
  'finance.budget.exceeded': {
    status: 409,
    message: {
      'zh-CN': '超出预算：本月预算 {budget} 元，已使用 {used} 元，本次申请 {requested} 元',
      'en-US': 'Over budget: the monthly budget is {budget}, {used} is already used and {requested} is requested',
    },
  },
  'finance.budget.departmentNotFound': { status: 404, message: { 'zh-CN': '部门不存在', 'en-US': 'Department not found' } },
});
