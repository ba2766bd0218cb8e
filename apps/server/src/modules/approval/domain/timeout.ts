import { recordApproval, recordRejection } from './actions/decide.ts';
import { settleRun } from './flow.ts';
import type { ApprovalTask, EngineResult, InstanceState } from './instance-state.ts';
import { addHistory, closeSession, emit, openSession, type EngineContext, type Session } from './session.ts';
import { findTask, handOver, isOpen, runOf } from './tasks.ts';

const hourMs = 3_600_000;

/**
 * A timeout job fired for a task (超时处理). Jobs may run late, twice, or for a task that has
 * moved on: whatever is due now happens once, anything else leaves the state untouched (no
 * effects, same revision). Per the node: remind after X hours; after Y hours escalate to the
 * assignee's superior, approve, or reject on the system's behalf.
 */
export function onTimeout(state: InstanceState, taskId: string, ctx: EngineContext): EngineResult {
  const unchanged: EngineResult = { state, effects: [] };
  const original = state.tasks.find((t) => t.id === taskId);
  if (state.status !== 'running' || original?.status !== 'pending' || !original.activatedAt) return unchanged;
  const session = openSession(state, ctx);
  const task = findTask(session, taskId);
  const timeout = session.index.approverNode(task.nodeId)?.timeout;
  if (!timeout || !task.activatedAt) return unchanged;
  const elapsedHours = (Date.parse(ctx.now) - Date.parse(task.activatedAt)) / hourMs;

  const action = timeout.action;
  if (action && task.kind === 'approve' && elapsedHours >= action.afterHours) {
    if (action.kind === 'autoApprove') {
      addHistory(session, { action: 'timeoutApprove', nodeId: task.nodeId, taskId: task.id });
      recordApproval(session, task, null);
      settleRun(session, runOf(session, task));
      return closeSession(session);
    }
    if (action.kind === 'autoReject') {
      addHistory(session, { action: 'timeoutReject', nodeId: task.nodeId, taskId: task.id });
      recordRejection(session, task, null);
      return closeSession(session);
    }
    const to = escalationTarget(session, task);
    if (to) {
      addHistory(session, { action: 'timeoutEscalate', nodeId: task.nodeId, taskId: task.id, userIds: [to] });
      handOver(session, task, to, 'escalated', null);
      return closeSession(session);
    }
  }
  const remindDue = timeout.remindAfterHours !== undefined && elapsedHours >= timeout.remindAfterHours && !task.remindedAt;
  // Overdue with nobody to escalate to: remind once more rather than go silent.
  const stuck = action !== undefined && elapsedHours >= action.afterHours && !remindedSince(task, action.afterHours);
  if (remindDue || stuck) {
    task.remindedAt = ctx.now;
    addHistory(session, { action: 'timeoutRemind', nodeId: task.nodeId, taskId: task.id, userIds: [task.assigneeId] });
    emit(session, { type: 'notify', userIds: [task.assigneeId], reason: 'reminder', taskId: task.id, nodeId: task.nodeId });
    return closeSession(session);
  }
  return unchanged;
}

function remindedSince(task: ApprovalTask, hours: number): boolean {
  if (!task.remindedAt || !task.activatedAt) return false;
  return Date.parse(task.remindedAt) >= Date.parse(task.activatedAt) + hours * hourMs;
}

/**
 * 超时升级: the assignee's direct superior, else an approval administrator — someone without an
 * open task in the same node, so a countersign never collapses into one person.
 */
function escalationTarget(session: Session, task: ApprovalTask): string | null {
  const { directory } = session.ctx;
  const busy = new Set(session.state.tasks.filter((t) => t.runId === task.runId && isOpen(t)).flatMap((t) => [t.assigneeId, t.onBehalfOf ?? '']));
  const candidates = [...directory.superiorChain(task.onBehalfOf ?? task.assigneeId, 1), ...directory.adminUserIds()];
  return candidates.find((id) => directory.isActive(id) && !busy.has(id)) ?? null;
}
