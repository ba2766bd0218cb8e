import type { ApprovalAction } from '../contracts.ts';
import { ApprovalRuleError } from '../engine-errors.ts';
import { settleRun } from '../flow.ts';
import { makeRoom } from '../modes.ts';
import { addHistory, type Session } from '../session.ts';
import { authorizeTaskActor, checkNewAssignee, closeTask, createTask, findTask, requirePendingTask, runOf, tasksOfRun } from '../tasks.ts';
import { recordApproval } from './decide.ts';

type AddSigner = Extract<ApprovalAction, { type: 'addSigner' }>;
type RemoveSigner = Extract<ApprovalAction, { type: 'removeSigner' }>;

/**
 * 加签. Before (前加签): the added people sign first, together, then the task comes back to
 * the actor. After (后加签): the actor approves now and the added people must approve before
 * the node completes — next in line for 依次, alongside the others for 会签 / 或签.
 */
export function addSigner(session: Session, action: AddSigner & { actorId: string }): void {
  const { task, onBehalfOf } = requirePendingTask(session, action.taskId, action.actorId);
  if (task.kind === 'delegate') throw new ApprovalRuleError('NOT_ALLOWED_ON_DELEGATION');
  const run = runOf(session, task);
  const userIds = [...new Set(action.userIds)];
  for (const userId of userIds) {
    if (userId === task.assigneeId) throw new ApprovalRuleError('INVALID_TARGET_USER', { userId });
    checkNewAssignee(session, run, userId, action.actorId);
  }
  addHistory(session, {
    action: 'addSigner', actorId: action.actorId, onBehalfOf, nodeId: task.nodeId, taskId: task.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [], userIds, details: { position: action.position },
  });
  const runTasks = tasksOfRun(session, run.id);
  if (action.position === 'before') {
    const seq = task.seq;
    makeRoom(runTasks, seq, userIds.length);
    task.status = 'onHold';
    userIds.forEach((userId, i) => createTask(session, {
      run, userId, status: 'pending', seq: seq + i, reason: 'signerAdded', parentTaskId: task.id, addedPosition: 'before',
    }));
    return;
  }
  recordApproval(session, task, action.actorId);
  makeRoom(runTasks, task.seq + 1, userIds.length);
  userIds.forEach((userId, i) => createTask(session, {
    run, userId, status: run.mode === 'sequence' ? 'queued' : 'pending', seq: task.seq + 1 + i,
    reason: 'signerAdded', parentTaskId: task.id, addedPosition: 'after',
  }));
  settleRun(session, run);
}

/**
 * 减签: the actor drops a signer they added who has not acted yet — also while their own task
 * waits on that signer (前加签) or after they approved (后加签). The node's own approvers cannot
 * be removed this way: a countersign is not shortened by one of its members.
 */
export function removeSigner(session: Session, action: RemoveSigner & { actorId: string }): void {
  if (session.state.status !== 'running') throw new ApprovalRuleError('INSTANCE_NOT_RUNNING');
  const own = findTask(session, action.taskId);
  const { onBehalfOf } = authorizeTaskActor(session, own, action.actorId);
  const run = runOf(session, own);
  const target = findTask(session, action.removeTaskId);
  const removable = run.status === 'active' && target.runId === run.id && target.parentTaskId === own.id
    && target.addedPosition !== null && (target.status === 'pending' || target.status === 'queued');
  if (!removable) throw new ApprovalRuleError('SIGNER_NOT_REMOVABLE', { taskId: target.id });
  addHistory(session, {
    action: 'removeSigner', actorId: action.actorId, onBehalfOf, nodeId: own.nodeId, taskId: own.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [], userIds: [target.assigneeId],
  });
  closeTask(session, target, 'cancelled', action.actorId);
  settleRun(session, run);
}
