import type { EventEnvelope } from '@triad/contracts';
import { emit, onEvent } from '../../../../platform/events/index.ts';
import { notifyUsers } from '../../../../platform/notify/index.ts';
import { transitionPayment } from '../../infra/cash/payments.repository.ts';
import { paymentSourceType } from './doc-types.ts';

type ApprovalEvent = EventEnvelope<'approval.instance.approved'> | EventEnvelope<'approval.instance.rejected'> | EventEnvelope<'approval.instance.withdrawn'>;

const paymentOf = (event: ApprovalEvent): string | null =>
  event.payload.documentRef?.type === paymentSourceType ? event.payload.documentRef.id : null;

/** 审批通过: the cashier may now pay it. */
export async function paymentApproved(event: EventEnvelope<'approval.instance.approved'>): Promise<void> {
  const id = paymentOf(event);
  if (id) await transitionPayment(id, 'pendingApproval', { status: 'approved' }, event.payload.instanceId);
}

/** 审批驳回: the request is rejected and the requester told; it may be edited and submitted again. */
export async function paymentRejected(event: EventEnvelope<'approval.instance.rejected'>): Promise<void> {
  const id = paymentOf(event);
  if (!id) return;
  const row = await transitionPayment(id, 'pendingApproval', { status: 'rejected' }, event.payload.instanceId);
  if (!row) return;
  await emit('finance.payment.rejected', { paymentId: row.id, number: row.number });
  const requester = row.requestedBy ?? event.payload.initiatorId;
  await notifyUsers([requester], {
    title: `付款申请 ${row.number} 被驳回`,
    body: `${row.summary}（¥${row.amount}）`,
    link: `/finance/payments/${row.id}`,
    category: 'finance',
    data: { paymentId: row.id },
  });
}

/** 撤回: back to draft. */
export async function paymentWithdrawn(event: EventEnvelope<'approval.instance.withdrawn'>): Promise<void> {
  const id = paymentOf(event);
  if (id) await transitionPayment(id, 'pendingApproval', { status: 'draft' }, event.payload.instanceId);
}

onEvent('approval.instance.approved', 'finance.approvePayment', paymentApproved);
onEvent('approval.instance.rejected', 'finance.rejectPayment', paymentRejected);
onEvent('approval.instance.withdrawn', 'finance.withdrawPayment', paymentWithdrawn);
