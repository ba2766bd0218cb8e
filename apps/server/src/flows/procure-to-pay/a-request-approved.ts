import type { EventEnvelope } from '@triad/contracts';
import { onEvent } from '../../platform/events/index.ts';
import { notifyUsers } from '../../platform/notify/index.ts';
import { createOrdersFromRequest } from '../../modules/procurement/index.ts';
import { purchaserIds } from '../../modules/inventory/index.ts';

/**
 * (a) 采购申请审批通过 → 采购订单. The request's lines are grouped by supplier (chosen on the line,
 * else the item's default supplier, else the cheapest price list entry) into confirmed orders —
 * the request's approval covers them — linked request → order, incoming raised. Lines no supplier
 * can be found for stay on the request; the buyers are told to source them (询价). The orders have
 * no buyer yet: the handler acts as the last approver, who is not the one buying.
 */
export async function ordersFromApprovedRequest(event: EventEnvelope<'procurement.request.approved'>): Promise<void> {
  const { requestId, number } = event.payload;
  const { orderIds, unsourcedLineIds } = await createOrdersFromRequest(requestId, { buyerId: null });
  if (unsourcedLineIds.length === 0) return;
  await notifyUsers(await purchaserIds(), {
    title: `采购申请 ${number} 有 ${unsourcedLineIds.length} 行物料未找到供应商`,
    body: orderIds.length > 0 ? `已生成 ${orderIds.length} 张采购订单，其余物料请询价或指定供应商后下单` : '请询价或指定供应商后下单',
    link: `/procurement/requests/${requestId}`,
    category: 'procurement',
    data: { requestId, unsourcedLineIds },
  });
}

onEvent('procurement.request.approved', 'procureToPay.ordersFromRequest', ordersFromApprovedRequest);
