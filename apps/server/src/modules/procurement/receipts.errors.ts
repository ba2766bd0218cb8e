import { defineErrors } from '../../platform/http/index.ts';

/** Failures of receipts (采购入库), returns (采购退货) and settings a caller can act on, in both locales. */
export const receiptErrors = defineErrors({
  'procurement.receipt.notFound': { status: 404, message: { 'zh-CN': '采购入库单不存在', 'en-US': 'Goods receipt not found' } },
  'procurement.receipt.orderNotReceivable': { status: 409, message: { 'zh-CN': '采购订单（{status}）未确认或已结束，不能入库', 'en-US': 'The purchase order is {status}; only confirmed orders can be received' } },
  'procurement.receipt.unknownOrderLine': { status: 422, message: { 'zh-CN': '第 {line} 行不是该采购订单的明细', 'en-US': 'Line {line} is not a line of this purchase order' } },
  'procurement.receipt.duplicateLine': { status: 422, message: { 'zh-CN': '同一订单明细在入库单中出现了多次', 'en-US': 'An order line appears more than once on the receipt' } },
  'procurement.receipt.overReceipt': { status: 409, message: { 'zh-CN': '入库数量超过订单未收数量（含容差）', 'en-US': 'The quantity received is more than what is still open on the order (tolerance included)' } },
  'procurement.return.notFound': { status: 404, message: { 'zh-CN': '采购退货单不存在', 'en-US': 'Purchase return not found' } },
  'procurement.return.unknownReceiptLine': { status: 422, message: { 'zh-CN': '第 {line} 行不是该入库单的明细', 'en-US': 'Line {line} is not a line of this goods receipt' } },
  'procurement.return.duplicateLine': { status: 422, message: { 'zh-CN': '同一入库明细在退货单中出现了多次', 'en-US': 'A receipt line appears more than once on the return' } },
  'procurement.return.overReturn': { status: 409, message: { 'zh-CN': '退货数量超过已入库未退数量', 'en-US': 'The quantity returned is more than was received and not yet returned' } },
  'procurement.return.receiptCancelled': { status: 409, message: { 'zh-CN': '入库单已作废，不能退货', 'en-US': 'The goods receipt is cancelled; nothing can be returned' } },
});
