import { defineErrors, registerConstraintErrors } from '../../platform/http/index.ts';

/** Failures of price lists (价目表), RFQs (询价) and awards a caller can act on, in both locales. */
export const sourcingErrors = defineErrors({
  'procurement.supplierPrice.notFound': { status: 404, message: { 'zh-CN': '价目表条目不存在', 'en-US': 'Price list entry not found' } },
  'procurement.supplierPrice.badDates': { status: 400, message: { 'zh-CN': '失效日期不能早于生效日期', 'en-US': 'The end date cannot be before the start date' } },
  'procurement.rfq.notFound': { status: 404, message: { 'zh-CN': '询价单不存在', 'en-US': 'Request for quotation not found' } },
  'procurement.rfq.badStatus': { status: 409, message: { 'zh-CN': '询价单当前状态（{status}）不允许此操作', 'en-US': 'The request for quotation is {status}; this action is not allowed' } },
  'procurement.rfq.noLines': { status: 400, message: { 'zh-CN': '询价单至少需要一行物料', 'en-US': 'A request for quotation needs at least one line' } },
  'procurement.rfq.duplicateSupplier': { status: 400, message: { 'zh-CN': '同一供应商被重复邀请', 'en-US': 'A supplier is invited twice' } },
  'procurement.rfq.requestNotSourceable': { status: 409, message: { 'zh-CN': '采购申请（{status}）未审批通过，不能询价', 'en-US': 'The purchase request is {status}; only approved requests can be sourced' } },
  'procurement.rfq.requestLineMismatch': { status: 422, message: { 'zh-CN': '第 {line} 行关联的采购申请明细不存在或物料不一致', 'en-US': 'Line {line} refers to a purchase request line that does not exist or is for another item' } },
  'procurement.rfq.supplierNotInvited': { status: 422, message: { 'zh-CN': '报价的供应商不在本询价单的邀请名单中', 'en-US': 'The quoting supplier was not invited to this request for quotation' } },
  'procurement.rfq.lineNotFound': { status: 422, message: { 'zh-CN': '报价对应的询价明细不存在', 'en-US': 'The quote refers to a line that is not on this request for quotation' } },
  'procurement.rfq.duplicateQuote': { status: 400, message: { 'zh-CN': '同一供应商对同一行物料报价了多次', 'en-US': 'A supplier quotes the same line more than once' } },
  'procurement.rfq.quoteNotFound': { status: 422, message: { 'zh-CN': '选中的报价不存在', 'en-US': 'A chosen quote does not exist on this request for quotation' } },
  'procurement.rfq.warehouseRequired': { status: 400, message: { 'zh-CN': '请选择收货仓库', 'en-US': 'Choose the warehouse to receive into' } },
  'procurement.rfq.twoQuotesForLine': { status: 400, message: { 'zh-CN': '每行物料只能选择一个中标报价', 'en-US': 'Choose one winning quote per line' } },
});

registerConstraintErrors({
  supplier_prices_valid: () => sourcingErrors['procurement.supplierPrice.badDates'](),
});
