import type { EventType, eventTypes } from './event-map.ts';

export interface EventTypeLabel { 'zh-CN': string; 'en-US': string }

/**
 * How the integration log and the webhook editor name each event. A Record over EventType, so an
 * event added to the map without a label fails the type check instead of showing a raw key.
 */
export const eventTypeLabels: Record<EventType, EventTypeLabel> = {
  'org.user.created': { 'zh-CN': '用户已创建', 'en-US': 'User created' },
  'org.user.updated': { 'zh-CN': '用户已修改', 'en-US': 'User updated' },
  'org.user.disabled': { 'zh-CN': '用户已停用', 'en-US': 'User disabled' },
  'org.user.enabled': { 'zh-CN': '用户已启用', 'en-US': 'User enabled' },
  'org.department.created': { 'zh-CN': '部门已创建', 'en-US': 'Department created' },
  'org.role.updated': { 'zh-CN': '角色已修改', 'en-US': 'Role updated' },
  'platform.webhook.tested': { 'zh-CN': 'Webhook 测试', 'en-US': 'Webhook test' },
  'approval.instance.submitted': { 'zh-CN': '审批已提交', 'en-US': 'Approval submitted' },
  'approval.instance.approved': { 'zh-CN': '审批已通过', 'en-US': 'Approval approved' },
  'approval.instance.rejected': { 'zh-CN': '审批已拒绝', 'en-US': 'Approval rejected' },
  'approval.instance.withdrawn': { 'zh-CN': '审批已撤回', 'en-US': 'Approval withdrawn' },
  'approval.instance.returned': { 'zh-CN': '审批已退回', 'en-US': 'Approval returned' },
  'partner.partner.created': { 'zh-CN': '往来单位已创建', 'en-US': 'Partner created' },
  'finance.voucher.posted': { 'zh-CN': '凭证已过账', 'en-US': 'Voucher posted' },
  'finance.voucher.reversed': { 'zh-CN': '凭证已冲销', 'en-US': 'Voucher reversed' },
  'finance.period.closed': { 'zh-CN': '会计期间已结账', 'en-US': 'Period closed' },
  'finance.period.reopened': { 'zh-CN': '会计期间已反结账', 'en-US': 'Period reopened' },
  'finance.payment.executed': { 'zh-CN': '收付款已完成', 'en-US': 'Payment executed' },
  'finance.payment.rejected': { 'zh-CN': '付款申请被驳回', 'en-US': 'Payment request rejected' },
  'inventory.stock.low': { 'zh-CN': '库存预警', 'en-US': 'Low stock' },
  'procurement.request.approved': { 'zh-CN': '采购申请已批准', 'en-US': 'Purchase request approved' },
  'procurement.order.confirmed': { 'zh-CN': '采购订单已确认', 'en-US': 'Purchase order confirmed' },
  'procurement.receipt.posted': { 'zh-CN': '采购已入库', 'en-US': 'Goods received' },
  'procurement.return.posted': { 'zh-CN': '采购已退货', 'en-US': 'Goods returned to supplier' },
  'procurement.bill.posted': { 'zh-CN': '供应商发票已登记', 'en-US': 'Supplier bill recorded' },
  'procurement.bill.paid': { 'zh-CN': '供应商发票已付款', 'en-US': 'Supplier bill paid' },
};

/** Compile-time check that `eventTypes` lists every key of EventMap (the runtime list the API serves). */
type Unlisted = Exclude<EventType, (typeof eventTypes)[number]>;
export const eventTypesComplete: [Unlisted] extends [never] ? true : Unlisted = true;

/** A webhook subscription's event filter: known event types, or `*` for all of them. */
export const webhookEventWildcard = '*';
