import type { EventEnvelope } from '@triad/contracts';
import { emit, onEvent } from '../../../../platform/events/index.ts';
import { transitionRequest } from '../../infra/requests.repository.ts';
import { requestDocType } from './doc-types.ts';

type ApprovalEvent = EventEnvelope<'approval.instance.approved'> | EventEnvelope<'approval.instance.rejected'> | EventEnvelope<'approval.instance.withdrawn'>;

// OA 采购申请 submitted without a document (the plain OA form) carry no documentRef: ignored here.
const requestOf = (event: ApprovalEvent): string | null =>
  event.payload.documentRef?.type === requestDocType ? event.payload.documentRef.id : null;

/** 审批通过: approved, and the procure-to-pay flow turns it into purchase orders. */
export async function requestApproved(event: EventEnvelope<'approval.instance.approved'>): Promise<void> {
  const id = requestOf(event);
  if (!id) return;
  const row = await transitionRequest(id, ['pendingApproval'], { status: 'approved', approvedAt: new Date() });
  if (row) emit('procurement.request.approved', { requestId: row.id, number: row.number, requesterId: row.requesterId });
}

/** 审批驳回: the requester may change the request and submit it again. */
export async function requestRejected(event: EventEnvelope<'approval.instance.rejected'>): Promise<void> {
  const id = requestOf(event);
  if (id) await transitionRequest(id, ['pendingApproval'], { status: 'rejected' });
}

/** 撤回: back to draft. */
export async function requestWithdrawn(event: EventEnvelope<'approval.instance.withdrawn'>): Promise<void> {
  const id = requestOf(event);
  if (id) await transitionRequest(id, ['pendingApproval'], { status: 'draft' });
}

onEvent('approval.instance.approved', 'procurement.approveRequest', requestApproved);
onEvent('approval.instance.rejected', 'procurement.rejectRequest', requestRejected);
onEvent('approval.instance.withdrawn', 'procurement.withdrawRequest', requestWithdrawn);
