import { defineErrors } from '../../platform/http/index.ts';

/** Failures of supplier bills (供应商发票) and the supplier report a caller can act on, in both locales. */
export const billErrors = defineErrors({
  'procurement.bill.notFound': { status: 404, message: { 'zh-CN': '供应商发票不存在', 'en-US': 'Supplier bill not found' } },
  'procurement.bill.mismatch': { status: 409, message: { 'zh-CN': '三单匹配未通过：发票与订单、入库不符（见明细）', 'en-US': 'The three-way match failed: the bill does not agree with the order and the receipts (see details)' } },
  'procurement.bill.notSupplier': { status: 422, message: { 'zh-CN': '往来单位不是供应商', 'en-US': 'The partner is not a supplier' } },
  'procurement.bill.dueBeforeBill': { status: 400, message: { 'zh-CN': '到期日不能早于发票日期', 'en-US': 'The due date cannot be before the bill date' } },
  'procurement.report.badRange': { status: 400, message: { 'zh-CN': '起始日期不能晚于截止日期', 'en-US': 'The start date cannot be after the end date' } },
});
