import { ApprovalRuleError } from './engine-errors.ts';
import type { ApprovalTask, NodeRun, TaskOpenReason, TaskStatus } from './instance-state.ts';
import { openTaskStatuses } from './instance-state.ts';
import { emit, type Session } from './session.ts';

const hourMs = 3_600_000;

export interface NewTask {
  run: NodeRun;
  /** Who the task is meant for; an active out-of-office delegate receives it instead. */
  userId: string;
  status: 'pending' | 'queued' | 'onHold';
  seq: number;
  reason: TaskOpenReason;
  kind?: ApprovalTask['kind'];
  parentTaskId?: string | null;
  addedPosition?: ApprovalTask['addedPosition'];
  previousTaskId?: string | null;
}

export function createTask(session: Session, input: NewTask): ApprovalTask {
  const { ctx, state } = session;
  const delegate = ctx.directory.delegateOf(input.userId, ctx.now);
  const task: ApprovalTask = {
    id: ctx.newId(),
    runId: input.run.id,
    nodeId: input.run.nodeId,
    tokenId: input.run.tokenId,
    round: input.run.round,
    kind: input.kind ?? 'approve',
    assigneeId: delegate ?? input.userId,
    onBehalfOf: delegate ? input.userId : null,
    status: input.status === 'pending' ? 'queued' : input.status,
    seq: input.seq,
    parentTaskId: input.parentTaskId ?? null,
    addedPosition: input.addedPosition ?? null,
    previousTaskId: input.previousTaskId ?? null,
    opinion: null,
    createdAt: ctx.now,
    activatedAt: null,
    decidedAt: null,
    decidedBy: null,
    remindedAt: null,
    lastUrgedAt: null,
  };
  state.tasks.push(task);
  if (input.status === 'pending') activateTask(session, task, input.reason);
  return task;
}

/** Puts a task into the assignee's inbox and schedules the node's timeout jobs from now. */
export function activateTask(session: Session, task: ApprovalTask, reason: TaskOpenReason): void {
  const { now } = session.ctx;
  task.status = 'pending';
  task.activatedAt = now;
  task.remindedAt = null;
  emit(session, { type: 'taskOpened', taskId: task.id, assigneeId: task.assigneeId, nodeId: task.nodeId, reason, onBehalfOf: task.onBehalfOf });
  const timeout = session.index.approverNode(task.nodeId)?.timeout;
  if (!timeout) return;
  const at = (hours: number) => new Date(Date.parse(now) + hours * hourMs).toISOString();
  if (timeout.remindAfterHours !== undefined) emit(session, { type: 'timer', taskId: task.id, stage: 'remind', at: at(timeout.remindAfterHours) });
  // A delegate only gives an opinion: reminders yes, automatic decisions never.
  if (timeout.action && task.kind === 'approve') emit(session, { type: 'timer', taskId: task.id, stage: 'act', at: at(timeout.action.afterHours) });
}

export function isOpen(task: ApprovalTask): boolean {
  return openTaskStatuses.includes(task.status);
}

export function closeTask(session: Session, task: ApprovalTask, status: TaskStatus, actorId: string | null): void {
  task.status = status;
  task.decidedAt = session.ctx.now;
  task.decidedBy = actorId;
  emit(session, { type: 'taskClosed', taskId: task.id, assigneeId: task.assigneeId, status });
}

export function tasksOfRun(session: Session, runId: string): ApprovalTask[] {
  return session.state.tasks.filter((t) => t.runId === runId);
}

export function findTask(session: Session, taskId: string): ApprovalTask {
  const task = session.state.tasks.find((t) => t.id === taskId);
  if (!task) throw new ApprovalRuleError('TASK_NOT_FOUND', { taskId });
  return task;
}

/**
 * Only the assignee may act on a task — or, while the assignee is away, their out-of-office
 * delegate (the timeline records on whose behalf). Returns that "on behalf of" user.
 */
export function authorizeTaskActor(session: Session, task: ApprovalTask, actorId: string): { onBehalfOf: string | null } {
  if (task.assigneeId === actorId) return { onBehalfOf: task.onBehalfOf };
  if (session.ctx.directory.delegateOf(task.assigneeId, session.ctx.now) === actorId) return { onBehalfOf: task.assigneeId };
  throw new ApprovalRuleError('NOT_ASSIGNEE', { taskId: task.id });
}

/** A task that can be acted on now: it exists, the instance runs, it is in someone's inbox. */
export function requirePendingTask(session: Session, taskId: string, actorId: string): { task: ApprovalTask; onBehalfOf: string | null } {
  const task = findTask(session, taskId);
  const { onBehalfOf } = authorizeTaskActor(session, task, actorId);
  if (session.state.status !== 'running') throw new ApprovalRuleError('INSTANCE_NOT_RUNNING');
  if (task.status !== 'pending') throw new ApprovalRuleError('TASK_NOT_OPEN', { taskId, status: task.status });
  return { task, onBehalfOf };
}

export function runOf(session: Session, task: ApprovalTask): NodeRun {
  const run = session.state.runs.find((r) => r.id === task.runId);
  if (!run) throw new Error(`unknown node run ${task.runId}`);
  return run;
}

/**
 * Someone new may take a task of this run: active, not the one handing it over, and without an
 * open task in the same node already (two votes for one person would defeat 会签).
 */
export function checkNewAssignee(session: Session, run: NodeRun, userId: string, actorId: string | null): void {
  const busy = session.state.tasks.some((t) => t.runId === run.id && isOpen(t) && (t.assigneeId === userId || t.onBehalfOf === userId));
  if (!session.ctx.directory.isActive(userId) || userId === actorId || busy) throw new ApprovalRuleError('INVALID_TARGET_USER', { userId });
}

/**
 * Hands an open task to someone else (转办, timeout escalation, reassignment of a leaver): the
 * old task closes as `transferred`, a new one takes its place in the order, keeping its state
 * (in the inbox, queued or on hold) and the signers and delegates attached to it.
 */
export function handOver(session: Session, task: ApprovalTask, userId: string, reason: TaskOpenReason, actorId: string | null): ApprovalTask {
  const status = task.status;
  if (status !== 'pending' && status !== 'queued' && status !== 'onHold') throw new ApprovalRuleError('TASK_NOT_OPEN', { taskId: task.id });
  closeTask(session, task, 'transferred', actorId);
  const next = createTask(session, {
    run: runOf(session, task), userId, status, seq: task.seq, reason, kind: task.kind,
    parentTaskId: task.parentTaskId, addedPosition: task.addedPosition, previousTaskId: task.id,
  });
  for (const child of session.state.tasks) if (child.parentTaskId === task.id) child.parentTaskId = next.id;
  return next;
}
