import type { ApprovalMode } from './contracts.ts';
import type { ApprovalTask } from './instance-state.ts';
import { openTaskStatuses } from './instance-state.ts';

/**
 * The approval modes as plain decisions over a node run's tasks:
 * 会签 (`all`) every approver must approve; 或签 (`any`) the first approval decides and the
 * others are withdrawn; 依次 (`sequence`) one approver after another, in the listed order.
 * Signers added before a task (前加签) and delegates (委派) put that task on hold until they
 * are done; signers added after (后加签) must approve before the node completes.
 */
export function initialTaskStatus(mode: ApprovalMode, position: number): 'pending' | 'queued' {
  return mode === 'sequence' && position > 0 ? 'queued' : 'pending';
}

const isOpen = (t: ApprovalTask) => openTaskStatuses.includes(t.status);

/** The tasks a task waits for while on hold: its delegate, or the signers added before it. */
export function blockersOf(task: ApprovalTask, tasks: ApprovalTask[]): ApprovalTask[] {
  return tasks.filter((t) => t.parentTaskId === task.id && (t.kind === 'delegate' || t.addedPosition === 'before'));
}

/** Tasks that are descendants of `root` (signers it added, their delegates, …). */
function descendantsOf(root: ApprovalTask, tasks: ApprovalTask[]): Set<string> {
  const out = new Set<string>();
  let frontier = [root.id];
  while (frontier.length) {
    const next = tasks.filter((t) => t.parentTaskId !== null && frontier.includes(t.parentTaskId) && !out.has(t.id));
    next.forEach((t) => out.add(t.id));
    frontier = next.map((t) => t.id);
  }
  return out;
}

/**
 * 或签: the first approval of one of the node's own approvers decides, so the other open tasks
 * are withdrawn. A signer added before someone, or after, only serves that person's decision.
 */
export function orSignWithdrawals(mode: ApprovalMode, approved: ApprovalTask, tasks: ApprovalTask[]): ApprovalTask[] {
  if (mode !== 'any' || approved.kind !== 'approve' || approved.addedPosition !== null) return [];
  const own = descendantsOf(approved, tasks);
  return tasks.filter((t) => t.id !== approved.id && isOpen(t) && !own.has(t.id));
}

export interface RunDecision {
  /** On-hold tasks whose delegate or before-signers are all done: back into the inbox. */
  release: ApprovalTask[];
  /** 依次: the next queued task to open. */
  activate: ApprovalTask | null;
  /** Nothing left open: the node is approved. */
  complete: boolean;
}

export function decideRun(tasks: ApprovalTask[]): RunDecision {
  const release = tasks.filter((t) => t.status === 'onHold' && blockersOf(t, tasks).every((b) => !isOpen(b)));
  const stillOpen = tasks.some((t) => t.status === 'pending' || (t.status === 'onHold' && !release.includes(t)));
  if (release.length || stillOpen) return { release, activate: null, complete: false };
  const queued = tasks.filter((t) => t.status === 'queued').sort((a, b) => a.seq - b.seq);
  if (queued[0]) return { release, activate: queued[0], complete: false };
  return { release, activate: null, complete: true };
}

/**
 * Room for new signers in the run's order: tasks from `seq` on move back by `count`, so a
 * before-signer takes the acting task's place and an after-signer comes right after it.
 */
export function makeRoom(tasks: ApprovalTask[], seq: number, count: number): void {
  for (const t of tasks) if (t.seq >= seq) t.seq += count;
}
