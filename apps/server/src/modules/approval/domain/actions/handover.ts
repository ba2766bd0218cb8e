import type { ApprovalAction } from '../contracts.ts';
import { ApprovalRuleError } from '../engine-errors.ts';
import { addHistory, type Session } from '../session.ts';
import { checkNewAssignee, createTask, handOver, requirePendingTask, runOf } from '../tasks.ts';

type Transfer = Extract<ApprovalAction, { type: 'transfer' }>;
type Delegate = Extract<ApprovalAction, { type: 'delegate' }>;

/** 转办: the task is someone else's for good; the node's rules stay as they were. */
export function transfer(session: Session, action: Transfer & { actorId: string }): void {
  const { task, onBehalfOf } = requirePendingTask(session, action.taskId, action.actorId);
  if (task.kind === 'delegate') throw new ApprovalRuleError('NOT_ALLOWED_ON_DELEGATION');
  checkNewAssignee(session, runOf(session, task), action.toUserId, action.actorId);
  addHistory(session, {
    action: 'transfer', actorId: action.actorId, onBehalfOf, nodeId: task.nodeId, taskId: task.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [], userIds: [action.toUserId],
  });
  handOver(session, task, action.toUserId, 'transferred', action.actorId);
}

/**
 * 委派: someone else looks at it and gives an opinion; the task then comes back to the
 * delegator, who still makes the decision. Meanwhile the delegator's task is on hold.
 */
export function delegate(session: Session, action: Delegate & { actorId: string }): void {
  const { task, onBehalfOf } = requirePendingTask(session, action.taskId, action.actorId);
  if (task.kind === 'delegate') throw new ApprovalRuleError('NOT_ALLOWED_ON_DELEGATION');
  const run = runOf(session, task);
  checkNewAssignee(session, run, action.toUserId, action.actorId);
  if (action.toUserId === task.assigneeId) throw new ApprovalRuleError('INVALID_TARGET_USER', { userId: action.toUserId });
  addHistory(session, {
    action: 'delegate', actorId: action.actorId, onBehalfOf, nodeId: task.nodeId, taskId: task.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [], userIds: [action.toUserId],
  });
  task.status = 'onHold';
  createTask(session, { run, userId: action.toUserId, status: 'pending', seq: task.seq, reason: 'delegated', kind: 'delegate', parentTaskId: task.id });
}
