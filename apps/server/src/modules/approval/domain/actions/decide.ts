import type { ApprovalAction } from '../contracts.ts';
import { ApprovalRuleError } from '../engine-errors.ts';
import { settleRun } from '../flow.ts';
import { applyFormPatch } from '../form-patch.ts';
import type { ApprovalTask } from '../instance-state.ts';
import { orSignWithdrawals } from '../modes.ts';
import { finishInstance } from '../outcomes.ts';
import { addHistory, type Session } from '../session.ts';
import { closeTask, requirePendingTask, runOf, tasksOfRun } from '../tasks.ts';

type Approve = Extract<ApprovalAction, { type: 'approve' }>;
type Reject = Extract<ApprovalAction, { type: 'reject' }>;

/** Approval of one task; in 或签 it withdraws the other approvers' tasks. The caller settles the run. */
export function recordApproval(session: Session, task: ApprovalTask, actorId: string | null): void {
  closeTask(session, task, 'approved', actorId);
  const run = runOf(session, task);
  for (const other of orSignWithdrawals(run.mode, task, tasksOfRun(session, run.id))) closeTask(session, other, 'cancelled', null);
}

/** Any rejection ends the instance (会签, 或签 and 依次 alike), parallel branches included. */
export function recordRejection(session: Session, task: ApprovalTask, actorId: string | null): void {
  closeTask(session, task, 'rejected', actorId);
  const run = runOf(session, task);
  run.status = 'rejected';
  run.finishedAt = session.ctx.now;
  finishInstance(session, 'rejected');
}

/** A delegate (委派) only gives an opinion; the task returns to the delegator to decide. */
function resolveDelegation(session: Session, task: ApprovalTask, opinion: 'agree' | 'disagree', action: Approve | Reject, actorId: string, onBehalfOf: string | null): void {
  if (action.type === 'approve' && action.formPatch && Object.keys(action.formPatch).length) throw new ApprovalRuleError('FIELD_NOT_EDITABLE');
  task.opinion = opinion;
  closeTask(session, task, 'resolved', actorId);
  addHistory(session, {
    action: 'delegateResolve', actorId, onBehalfOf, nodeId: task.nodeId, taskId: task.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [], details: { opinion },
  });
  settleRun(session, runOf(session, task));
}

export function approve(session: Session, action: Approve & { actorId: string }): void {
  const { task, onBehalfOf } = requirePendingTask(session, action.taskId, action.actorId);
  if (task.kind === 'delegate') return resolveDelegation(session, task, 'agree', action, action.actorId, onBehalfOf);
  if (action.formPatch && Object.keys(action.formPatch).length) applyFormPatch(session, task, action.formPatch, action.actorId);
  addHistory(session, {
    action: 'approve', actorId: action.actorId, onBehalfOf, nodeId: task.nodeId, taskId: task.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [],
  });
  recordApproval(session, task, action.actorId);
  settleRun(session, runOf(session, task));
}

export function reject(session: Session, action: Reject & { actorId: string }): void {
  const { task, onBehalfOf } = requirePendingTask(session, action.taskId, action.actorId);
  if (task.kind === 'delegate') return resolveDelegation(session, task, 'disagree', action, action.actorId, onBehalfOf);
  addHistory(session, {
    action: 'reject', actorId: action.actorId, onBehalfOf, nodeId: task.nodeId, taskId: task.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [],
  });
  recordRejection(session, task, action.actorId);
}
