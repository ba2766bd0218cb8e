import type { EventEnvelope } from '@triad/contracts';
import { onEvent } from '../../../../platform/events/index.ts';
import { notifyUsers } from '../../../../platform/notify/index.ts';
import { transitionOrder } from '../../infra/orders.repository.ts';
import { confirmOrder } from './confirm-order.ts';
import { orderDocType } from './doc-types.ts';

type ApprovalEvent = EventEnvelope<'approval.instance.approved'> | EventEnvelope<'approval.instance.rejected'> | EventEnvelope<'approval.instance.withdrawn'>;

const orderOf = (event: ApprovalEvent): string | null =>
  event.payload.documentRef?.type === orderDocType ? event.payload.documentRef.id : null;

/** 审批通过: the order is confirmed (incoming raised, procurement.order.confirmed). */
export async function orderApproved(event: EventEnvelope<'approval.instance.approved'>): Promise<void> {
  const id = orderOf(event);
  if (id) await confirmOrder(id, ['pendingApproval']).catch((error: unknown) => {
    // A redelivered event finds the order confirmed already: nothing to do.
    if ((error as { code?: string }).code !== 'procurement.order.badStatus') throw error;
  });
}

/** 审批驳回: the buyer may change the order and submit it again. */
export async function orderRejected(event: EventEnvelope<'approval.instance.rejected'>): Promise<void> {
  const id = orderOf(event);
  if (!id) return;
  const row = await transitionOrder(id, ['pendingApproval'], { status: 'rejected' });
  if (!row) return;
  await notifyUsers([row.buyerId ?? event.payload.initiatorId], {
    title: `采购订单 ${row.number} 被驳回`,
    body: `订单金额 ¥${row.grossAmount}`,
    link: `/procurement/orders/${row.id}`,
    category: 'procurement',
    data: { orderId: row.id },
  });
}

/** 撤回: back to draft. */
export async function orderWithdrawn(event: EventEnvelope<'approval.instance.withdrawn'>): Promise<void> {
  const id = orderOf(event);
  if (id) await transitionOrder(id, ['pendingApproval'], { status: 'draft' });
}

onEvent('approval.instance.approved', 'procurement.approveOrder', orderApproved);
onEvent('approval.instance.rejected', 'procurement.rejectOrder', orderRejected);
onEvent('approval.instance.withdrawn', 'procurement.withdrawOrder', orderWithdrawn);
