import type { NodeRun } from './instance-state.ts';
import { emit, type Session } from './session.ts';
import { closeTask, isOpen } from './tasks.ts';

/**
 * Withdraws every open task and stops every token — the instance stops moving. Active node
 * runs take `runStatus` (the acting run may already carry its own outcome).
 */
export function stopAllWork(session: Session, runStatus: NodeRun['status']): void {
  const { state } = session;
  for (const task of state.tasks) if (isOpen(task)) closeTask(session, task, 'cancelled', null);
  for (const run of state.runs) {
    if (run.status === 'active') {
      run.status = runStatus;
      run.finishedAt = session.ctx.now;
    }
  }
  for (const token of state.tokens) if (token.status === 'active' || token.status === 'waiting') token.status = 'cancelled';
}

/**
 * The one place an instance reaches a final status. A finished instance never changes status
 * again: every command on it is refused before reaching here.
 */
export function finishInstance(session: Session, outcome: 'approved' | 'rejected' | 'withdrawn'): void {
  const { state } = session;
  if (state.status === 'approved' || state.status === 'rejected' || state.status === 'withdrawn') {
    throw new Error(`approval instance already ${state.status}`);
  }
  const pendingAssignees = state.tasks.filter((t) => t.status === 'pending').map((t) => t.assigneeId);
  stopAllWork(session, 'cancelled');
  state.status = outcome;
  state.finishedAt = session.ctx.now;
  emit(session, { type: 'instanceFinished', outcome });
  if (outcome === 'withdrawn') {
    if (pendingAssignees.length) emit(session, { type: 'notify', userIds: [...new Set(pendingAssignees)], reason: 'withdrawn', taskId: null, nodeId: null });
  } else {
    emit(session, { type: 'notify', userIds: [state.initiator.userId], reason: outcome, taskId: null, nodeId: null });
  }
}

/** 退回发起人: the instance waits for the initiator to correct and resubmit, or withdraw. */
export function returnToInitiator(session: Session): void {
  stopAllWork(session, 'cancelled');
  session.state.status = 'returned';
  emit(session, { type: 'instanceReturned' });
  emit(session, { type: 'notify', userIds: [session.state.initiator.userId], reason: 'returned', taskId: null, nodeId: null });
}
