import type { ApprovalAction } from '../contracts.ts';
import { ApprovalRuleError } from '../engine-errors.ts';
import type { InstanceState } from '../instance-state.ts';
import { addHistory, emit, type Session } from '../session.ts';

type Comment = Extract<ApprovalAction, { type: 'comment' }>;

/** Who takes part in an instance: the initiator, anyone who held a task, anyone CC'd. */
export function isParticipant(state: InstanceState, userId: string): boolean {
  return state.initiator.userId === userId
    || state.ccUserIds.includes(userId)
    || state.tasks.some((t) => t.assigneeId === userId || t.onBehalfOf === userId || t.decidedBy === userId);
}

/**
 * 评论: every participant may comment (with attachments) at any time, even after the end — the
 * initiator and the current approvers are told.
 */
export function comment(session: Session, action: Comment & { actorId: string }): void {
  const { state } = session;
  if (!isParticipant(state, action.actorId)) throw new ApprovalRuleError('NOT_PARTICIPANT');
  addHistory(session, { action: 'comment', actorId: action.actorId, comment: action.comment, attachmentIds: action.attachmentIds ?? [] });
  const told = [state.initiator.userId, ...state.tasks.filter((t) => t.status === 'pending').map((t) => t.assigneeId)];
  const userIds = [...new Set(told)].filter((id) => id !== action.actorId);
  if (userIds.length) emit(session, { type: 'notify', userIds, reason: 'commented', taskId: null, nodeId: null });
}
