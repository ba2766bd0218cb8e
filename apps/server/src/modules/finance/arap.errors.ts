import { defineErrors } from '../../platform/http/index.ts';

/** Failures of receivables and payables (应收/应付) a caller can act on, in both locales. */
export const arapErrors = defineErrors({
  'finance.arap.invoiceNotFound': { status: 404, message: { 'zh-CN': '应收单/应付单不存在', 'en-US': 'Invoice not found' } },
  'finance.arap.invoiceSettled': { status: 409, message: { 'zh-CN': '该单据已有收付款核销，不能作废', 'en-US': 'The invoice is already (partly) settled and cannot be cancelled' } },
  'finance.arap.invoiceCancelled': { status: 409, message: { 'zh-CN': '该单据已作废', 'en-US': 'The invoice is already cancelled' } },
  'finance.arap.dueBeforeDocument': { status: 400, message: { 'zh-CN': '到期日不能早于单据日期', 'en-US': 'The due date cannot be before the document date' } },
  'finance.arap.zeroAmount': { status: 400, message: { 'zh-CN': '单据金额必须大于零', 'en-US': 'The document amount must be greater than zero' } },
  'finance.arap.accountNotFound': { status: 404, message: { 'zh-CN': '会计科目不存在', 'en-US': 'Account not found' } },
  'finance.arap.departmentNotFound': { status: 404, message: { 'zh-CN': '部门不存在', 'en-US': 'Department not found' } },
  'finance.arap.openItemNotFound': { status: 404, message: { 'zh-CN': '往来未清项不存在', 'en-US': 'Open item not found' } },
  'finance.arap.badPeriodRange': { status: 400, message: { 'zh-CN': '起始日期不能晚于截止日期', 'en-US': 'The start date cannot be after the end date' } },
});
