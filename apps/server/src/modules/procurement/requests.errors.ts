import { defineErrors } from '../../platform/http/index.ts';

/** Failures of purchase requests (采购申请) a caller can act on, in both locales. */
export const requestErrors = defineErrors({
  'procurement.request.notFound': { status: 404, message: { 'zh-CN': '采购申请不存在', 'en-US': 'Purchase request not found' } },
  'procurement.request.badStatus': { status: 409, message: { 'zh-CN': '采购申请当前状态（{status}）不允许此操作', 'en-US': 'The purchase request is {status}; this action is not allowed' } },
  'procurement.request.notRequester': { status: 403, message: { 'zh-CN': '只有申请人本人可以修改、提交或取消采购申请', 'en-US': 'Only the requester may edit, submit or cancel a purchase request' } },
  'procurement.request.noWarehouse': { status: 422, message: { 'zh-CN': '无法确定收货仓库：请在申请上指定仓库或设置默认仓库', 'en-US': 'No receiving warehouse: choose one on the request or set a default warehouse' } },
});
