import type { ApprovalAction } from '../contracts.ts';
import { ApprovalRuleError } from '../engine-errors.ts';
import { startRound } from '../flow.ts';
import { normalizeForm } from '../form-values.ts';
import type { InstanceState } from '../instance-state.ts';
import { finishInstance } from '../outcomes.ts';
import { addHistory, emit, type Session } from '../session.ts';
import { checkChoices } from '../start-instance.ts';

type Withdraw = Extract<ApprovalAction, { type: 'withdraw' }>;
type Urge = Extract<ApprovalAction, { type: 'urge' }>;
type Resubmit = Extract<ApprovalAction, { type: 'resubmit' }>;

const minuteMs = 60_000;

function requireInitiator(session: Session, actorId: string): void {
  if (session.state.initiator.userId !== actorId) throw new ApprovalRuleError('NOT_INITIATOR');
}

/** 撤回: the initiator takes the request back while it is unfinished (running or returned). */
export function withdraw(session: Session, action: Withdraw & { actorId: string }): void {
  requireInitiator(session, action.actorId);
  const { status } = session.state;
  if (status !== 'running' && status !== 'returned') throw new ApprovalRuleError('INSTANCE_NOT_RUNNING');
  addHistory(session, { action: 'withdraw', actorId: action.actorId, comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [] });
  finishInstance(session, 'withdrawn');
}

/** When a task may be urged again (催办 is limited per task so inboxes are not spammed). */
export function nextUrgeAt(state: InstanceState, taskId: string): string | null {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task?.lastUrgedAt) return null;
  return new Date(Date.parse(task.lastUrgedAt) + state.definition.settings.urgeIntervalMinutes * minuteMs).toISOString();
}

/**
 * 催办: the initiator nudges the current approvers. Tasks urged within the definition's interval
 * are skipped; if that leaves nothing, the answer says when urging is possible again.
 */
export function urge(session: Session, action: Urge & { actorId: string }): void {
  requireInitiator(session, action.actorId);
  const { state, ctx } = session;
  if (state.status !== 'running') throw new ApprovalRuleError('INSTANCE_NOT_RUNNING');
  const pending = state.tasks.filter((t) => t.status === 'pending');
  for (const id of action.taskIds ?? []) {
    if (!pending.some((t) => t.id === id)) throw new ApprovalRuleError('TASK_NOT_OPEN', { taskId: id });
  }
  const chosen = action.taskIds ? pending.filter((t) => action.taskIds?.includes(t.id)) : pending;
  if (chosen.length === 0) throw new ApprovalRuleError('NOTHING_TO_URGE');
  const now = Date.parse(ctx.now);
  const due = chosen.filter((t) => {
    const next = nextUrgeAt(state, t.id);
    return next === null || Date.parse(next) <= now;
  });
  if (due.length === 0) {
    const retryAt = chosen.map((t) => nextUrgeAt(state, t.id) ?? ctx.now).sort()[0];
    throw new ApprovalRuleError('URGE_TOO_SOON', { retryAt: retryAt ?? ctx.now });
  }
  for (const task of due) {
    task.lastUrgedAt = ctx.now;
    emit(session, { type: 'notify', userIds: [task.assigneeId], reason: 'urged', taskId: task.id, nodeId: task.nodeId });
  }
  addHistory(session, {
    action: 'urge', actorId: action.actorId, comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [],
    userIds: [...new Set(due.map((t) => t.assigneeId))],
  });
}

/**
 * After 退回发起人 the initiator corrects the form (and their 发起人自选 picks) and submits again;
 * the flow starts over from the first node, as a new round.
 */
export function resubmit(session: Session, action: Resubmit & { actorId: string }): void {
  requireInitiator(session, action.actorId);
  const { state, ctx } = session;
  if (state.status !== 'returned') throw new ApprovalRuleError('NOT_RETURNED');
  if (action.form) {
    const locked = Object.entries(state.definition.start.fieldPermissions ?? {}).filter(([, p]) => p !== 'edit').map(([k]) => k);
    const changedLocked = locked.filter((key) => JSON.stringify(action.form?.[key]) !== JSON.stringify(state.form[key]));
    if (changedLocked.length) throw new ApprovalRuleError('FIELD_NOT_EDITABLE', { fields: changedLocked });
    const next = normalizeForm(state.formSchema, action.form);
    if (next.issues.length) throw new ApprovalRuleError('INVALID_FORM', { issues: next.issues });
    state.form = next.values;
  }
  if (action.chosenApprovers) state.chosenApprovers = action.chosenApprovers;
  checkChoices({ ...state, directory: ctx.directory });
  state.round += 1;
  state.status = 'running';
  addHistory(session, { action: 'resubmit', actorId: action.actorId, comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [] });
  emit(session, { type: 'instanceResubmitted', round: state.round });
  startRound(session);
}
