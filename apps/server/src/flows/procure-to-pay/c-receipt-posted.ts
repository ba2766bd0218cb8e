import type { EventEnvelope } from '@triad/contracts';
import { onEvent } from '../../platform/events/index.ts';
import { notifyUsers } from '../../platform/notify/index.ts';
import { departmentHeadOf, getUserSummary } from '../../modules/org/index.ts';
import { purchaseRequestRefs } from '../../modules/procurement/index.ts';

/**
 * (c) 到货通知: goods received for a purchase request → its requester and the head of their
 * department are told in OA, with the link to the request (its live status shows what is left).
 */
export async function notifyRequestersOfArrival(event: EventEnvelope<'procurement.receipt.posted'>): Promise<void> {
  const { receiptId, number, orderNumber, requestIds } = event.payload;
  for (const request of await purchaseRequestRefs(requestIds)) {
    const departmentId = request.departmentId ?? (await getUserSummary(request.requesterId))?.departmentId ?? null;
    const head = departmentId ? await departmentHeadOf(departmentId) : null;
    await notifyUsers([request.requesterId, ...(head ? [head] : [])], {
      title: '您申请的物料已到货',
      body: `采购申请 ${request.number} 的物料已入库（入库单 ${number}，采购订单 ${orderNumber}）`,
      link: `/procurement/requests/${request.id}`,
      category: 'procurement',
      data: { requestId: request.id, receiptId },
    });
  }
}

onEvent('procurement.receipt.posted', 'procureToPay.notifyArrival', notifyRequestersOfArrival);
