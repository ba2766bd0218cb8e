import type { ApprovalInstanceEvent } from '@triad/contracts';
import { onEvent } from '../../../../platform/events/index.ts';
import { tx } from '../../../../platform/tx/index.ts';
import { findVoucher, updateVoucherRow } from '../../infra/ledger/vouchers.repository.ts';
import { postStoredVoucher } from './voucher-store.ts';

// 凭证审批: when manual vouchers need approval, the approval's outcome comes back here. Approved →
// posted (by the database rules, as any other posting); rejected or withdrawn → back to draft so
// the bookkeeper can correct and resubmit. Vouchers no longer pending are left alone (replays).

/**
 * An outcome of an earlier approval of the same voucher (withdrawn, then submitted again) arrives
 * late or twice: only the voucher's current approval may move it.
 */
function isCurrentApproval(v: { approvalInstanceId: string | null }, payload: ApprovalInstanceEvent): boolean {
  return !v.approvalInstanceId || v.approvalInstanceId === payload.instanceId;
}

export async function postApprovedVoucher(payload: ApprovalInstanceEvent): Promise<void> {
  const ref = payload.documentRef;
  if (ref?.type !== 'voucher') return;
  const v = await findVoucher(ref.id, true);
  if (v?.status !== 'pendingApproval' || !isCurrentApproval(v, payload)) return;
  try {
    // A savepoint: if the period was closed meanwhile, the voucher returns to draft instead of
    // the delivery failing forever.
    await tx().transaction(() => postStoredVoucher(v.id));
  } catch {
    await updateVoucherRow(v.id, { status: 'draft' });
  }
}

export async function returnVoucherToDraft(payload: ApprovalInstanceEvent): Promise<void> {
  const ref = payload.documentRef;
  if (ref?.type !== 'voucher') return;
  const v = await findVoucher(ref.id, true);
  if (v?.status !== 'pendingApproval' || !isCurrentApproval(v, payload)) return;
  await updateVoucherRow(v.id, { status: 'draft' });
}

onEvent('approval.instance.approved', 'finance.postApprovedVoucher', (event) => postApprovedVoucher(event.payload));
onEvent(['approval.instance.rejected', 'approval.instance.withdrawn'], 'finance.returnRejectedVoucher', (event) => returnVoucherToDraft(event.payload));
