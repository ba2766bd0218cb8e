import { defineErrors } from '../../platform/http/index.ts';

/** Failures of cash and bank (资金) a caller can act on, in both locales. */
export const cashErrors = defineErrors({
  'finance.cash.accountNotFound': { status: 404, message: { 'zh-CN': '银行/现金账户不存在', 'en-US': 'Cash or bank account not found' } },
  'finance.cash.accountDisabled': { status: 400, message: { 'zh-CN': '银行/现金账户已停用', 'en-US': 'The cash or bank account is disabled' } },
  'finance.cash.accountRequired': { status: 400, message: { 'zh-CN': '请选择收付款的银行/现金账户', 'en-US': 'Choose the cash or bank account to pay from or into' } },
  'finance.payment.notFound': { status: 404, message: { 'zh-CN': '收付款单不存在', 'en-US': 'Payment not found' } },
  'finance.payment.badStatus': { status: 409, message: { 'zh-CN': '收付款单当前状态（{status}）不允许此操作', 'en-US': 'The payment is {status}; this action is not allowed' } },
  'finance.payment.overAllocated': { status: 400, message: { 'zh-CN': '核销金额合计不能超过收付款金额', 'en-US': 'The allocations add up to more than the payment amount' } },
  'finance.payment.allocationExceedsOpen': { status: 409, message: { 'zh-CN': '核销金额超过单据未结金额', 'en-US': 'An allocation is larger than what is still open on the document' } },
  'finance.payment.allocationMismatch': { status: 400, message: { 'zh-CN': '核销的单据必须属于同一往来单位，付款核销应付、收款核销应收', 'en-US': 'Allocated documents must belong to the payment’s partner: payments settle payables, receipts settle receivables' } },
  'finance.payment.duplicateAllocation': { status: 400, message: { 'zh-CN': '同一单据不能重复核销', 'en-US': 'A document is allocated twice' } },
  'finance.payment.counterpartyRequired': { status: 400, message: { 'zh-CN': '请选择往来单位，或填写收付款对象并指定对方科目', 'en-US': 'Choose a partner, or name the payee/payer and the counter account' } },
  'finance.payment.counterAccountNotFound': { status: 404, message: { 'zh-CN': '对方科目不存在', 'en-US': 'Counter account not found' } },
  'finance.forecast.badRange': { status: 400, message: { 'zh-CN': '起始期间不能晚于截止期间', 'en-US': 'The start cannot be after the end' } },
});
