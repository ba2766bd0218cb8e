import { definePermissions } from '../common/permission.ts';

/**
 * Finance's permission matrix: a bookkeeper (会计) enters vouchers, a finance manager (财务经理)
 * posts, closes and reopens, a cashier (出纳) executes payments and receipts.
 */
export const financePermissions = definePermissions([
  { key: 'finance.account.manage', group: 'finance', label: { 'zh-CN': '维护会计科目、过账规则与财务设置', 'en-US': 'Maintain accounts, posting rules and finance settings' } },
  { key: 'finance.voucher.read', group: 'finance', label: { 'zh-CN': '查看凭证与账簿', 'en-US': 'View vouchers and ledgers' } },
  { key: 'finance.voucher.create', group: 'finance', label: { 'zh-CN': '录入凭证', 'en-US': 'Enter vouchers' } },
  { key: 'finance.voucher.post', group: 'finance', label: { 'zh-CN': '审核过账', 'en-US': 'Post vouchers' } },
  { key: 'finance.voucher.reverse', group: 'finance', label: { 'zh-CN': '红字冲销凭证', 'en-US': 'Reverse posted vouchers' } },
  { key: 'finance.period.close', group: 'finance', label: { 'zh-CN': '期末结转与结账', 'en-US': 'Period-end closing' } },
  { key: 'finance.period.reopen', group: 'finance', label: { 'zh-CN': '反结账', 'en-US': 'Reopen closed periods' } },
  { key: 'finance.report.read', group: 'finance', label: { 'zh-CN': '查看财务报表', 'en-US': 'View financial reports' } },
  { key: 'finance.arap.read', group: 'finance', label: { 'zh-CN': '查看应收应付', 'en-US': 'View receivables and payables' } },
  { key: 'finance.arap.manage', group: 'finance', label: { 'zh-CN': '录入应收单、应付单', 'en-US': 'Enter receivable and payable invoices' } },
  { key: 'finance.payment.request', group: 'finance', label: { 'zh-CN': '提交付款申请与收款单', 'en-US': 'Raise payment requests and receipts' } },
  { key: 'finance.payment.execute', group: 'finance', label: { 'zh-CN': '出纳收付款', 'en-US': 'Execute payments and receipts (cashier)' } },
  { key: 'finance.cash.manage', group: 'finance', label: { 'zh-CN': '维护银行与现金账户', 'en-US': 'Maintain bank and cash accounts' } },
  { key: 'finance.budget.read', group: 'finance', label: { 'zh-CN': '查看预算执行', 'en-US': 'View budgets and actuals' } },
  { key: 'finance.budget.manage', group: 'finance', label: { 'zh-CN': '编制预算', 'en-US': 'Set budgets' } },
]);

export type FinancePermission = (typeof financePermissions)[number]['key'];

export const financePermissionGroups = {
  finance: { 'zh-CN': '财务', 'en-US': 'Finance' },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
