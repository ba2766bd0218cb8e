import { returnTargets, type ReturnTarget } from './actions/return.ts';
import { indexDefinition } from './definition-index.ts';
import type { ApprovalTask, InstanceState } from './instance-state.ts';

/** Tasks waiting in someone's inbox (待办). */
export function pendingTasksOf(state: InstanceState, userId?: string): ApprovalTask[] {
  return state.tasks.filter((t) => t.status === 'pending' && (userId === undefined || t.assigneeId === userId));
}

/** The nodes a pending task may be returned to (退回 picker), nearest first. */
export function returnTargetsOf(state: InstanceState, taskId: string): ReturnTarget[] {
  const task = state.tasks.find((t) => t.id === taskId);
  if (!task || task.status !== 'pending' || task.kind !== 'approve') return [];
  return returnTargets(state, { index: indexDefinition(state.definition) }, task.tokenId, task.nodeId);
}
