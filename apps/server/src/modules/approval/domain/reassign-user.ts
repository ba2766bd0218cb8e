import { ApprovalRuleError } from './engine-errors.ts';
import { settleRun } from './flow.ts';
import type { EngineResult, InstanceState } from './instance-state.ts';
import { addHistory, closeSession, openSession, type EngineContext } from './session.ts';
import { closeTask, handOver, isOpen, runOf } from './tasks.ts';

/**
 * 离职交接: when a user leaves or is disabled, their open tasks in this instance move to
 * `toUserId` (pending, queued and on-hold alike), and their 发起人自选 picks for nodes not reached
 * yet are replaced. If the successor already holds (or approved) a task in the same node, the
 * leaver's task is simply withdrawn — one person's vote counts once. Nothing to move: unchanged.
 */
export function reassignUser(state: InstanceState, fromUserId: string, toUserId: string, ctx: EngineContext): EngineResult {
  const affected = state.tasks.some((t) => isOpen(t) && t.assigneeId === fromUserId)
    || Object.values(state.chosenApprovers).some((ids) => ids.includes(fromUserId));
  if (state.status !== 'running' && state.status !== 'returned') return { state, effects: [] };
  if (!affected) return { state, effects: [] };
  if (fromUserId === toUserId || !ctx.directory.isActive(toUserId)) throw new ApprovalRuleError('INVALID_TARGET_USER', { userId: toUserId });

  const session = openSession(state, ctx);
  for (const [nodeId, ids] of Object.entries(session.state.chosenApprovers)) {
    session.state.chosenApprovers[nodeId] = [...new Set(ids.map((id) => (id === fromUserId ? toUserId : id)))];
  }
  const moving = session.state.tasks.filter((t) => isOpen(t) && t.assigneeId === fromUserId);
  if (moving.length) addHistory(session, { action: 'reassign', userIds: [fromUserId, toUserId], details: { taskIds: moving.map((t) => t.id) } });
  for (const task of moving) {
    if (!isOpen(task)) continue;
    const run = runOf(session, task);
    // Only a vote of their own counts: a delegate's opinion or a signer added by the leaver does not.
    const successorBusy = session.state.tasks.some((t) => t.runId === run.id && t.assigneeId === toUserId && t.kind === 'approve'
      && t.parentTaskId !== task.id && (isOpen(t) || t.status === 'approved'));
    if (successorBusy) {
      closeTask(session, task, 'cancelled', null);
      settleRun(session, run);
    } else {
      handOver(session, task, toUserId, 'reassigned', null);
    }
  }
  return closeSession(session);
}
