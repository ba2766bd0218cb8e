import { defineErrors } from '../../platform/http/index.ts';

/** Failures of purchase orders (采购订单) a caller can act on, in both locales. */
export const orderErrors = defineErrors({
  'procurement.order.notFound': { status: 404, message: { 'zh-CN': '采购订单不存在', 'en-US': 'Purchase order not found' } },
  'procurement.order.badStatus': { status: 409, message: { 'zh-CN': '采购订单当前状态（{status}）不允许此操作', 'en-US': 'The purchase order is {status}; this action is not allowed' } },
  'procurement.order.requestLineMismatch': { status: 422, message: { 'zh-CN': '第 {line} 行关联的采购申请明细不存在或物料不一致', 'en-US': 'Line {line} refers to a purchase request line that does not exist or is for another item' } },
  'procurement.order.hasReceipts': { status: 409, message: { 'zh-CN': '订单已有入库，不能取消；请改为关闭订单', 'en-US': 'Goods were already received on this order; close it instead of cancelling' } },
});
