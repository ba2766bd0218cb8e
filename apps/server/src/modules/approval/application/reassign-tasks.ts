import { onEvent } from '../../../platform/events/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { createDirectory, reassignUser } from '../domain/index.ts';
import { approvalErrors, engineCall } from '../errors.ts';
import { instancesWithOpenTasksOf, lockInstance } from '../infra/instance.repository.ts';
import { loadOrgSnapshot } from '../infra/org-snapshot.query.ts';
import { commitResult } from './commit-result.ts';
import { engineContext } from './engine-context.ts';

/** 离职交接: every open task of `fromUserId` moves to `toUserId`. Returns what moved. */
export async function reassignTasks(fromUserId: string, toUserId: string): Promise<{ instances: number; tasks: number }> {
  const ctx = await engineContext();
  if (!ctx.directory.isActive(toUserId) || fromUserId === toUserId) throw approvalErrors['approval.user.notFound']();
  let instances = 0;
  let tasks = 0;
  for (const instanceId of await instancesWithOpenTasksOf(fromUserId)) {
    const row = await lockInstance(instanceId);
    if (!row) continue;
    const moved = row.state.tasks.filter((t) => ['queued', 'pending', 'onHold'].includes(t.status) && t.assigneeId === fromUserId).length;
    const result = engineCall(() => reassignUser(row.state, fromUserId, toUserId, ctx));
    if (result.state === row.state) continue;
    await commitResult(row, result);
    instances += 1;
    tasks += moved;
  }
  if (instances > 0) await recordAudit({ entity: 'approvalReassign', entityId: fromUserId, action: 'reassign', after: { toUserId, instances, tasks } });
  return { instances, tasks };
}

/**
 * Who takes over a disabled user's tasks: their superior, else the head of their department
 * (or of a parent department), else an approval administrator.
 */
export async function successorOf(userId: string): Promise<string | null> {
  const snapshot = await loadOrgSnapshot(new Date());
  const directory = createDirectory(snapshot);
  const user = directory.user(userId);
  const candidates = [
    ...directory.superiorChain(userId, 5),
    ...(user?.departmentId ? directory.departmentAncestors(user.departmentId).map((d) => directory.departmentHeadOf(d)) : []),
    ...directory.adminUserIds(),
  ];
  return candidates.find((id): id is string => !!id && id !== userId && directory.isActive(id)) ?? null;
}

/** A disabled user's open tasks go to their successor (nothing happens if nobody is found). */
export async function reassignLeaver(userId: string): Promise<{ instances: number; tasks: number }> {
  const to = await successorOf(userId);
  return to ? reassignTasks(userId, to) : { instances: 0, tasks: 0 };
}

onEvent('org.user.disabled', 'approval.reassignLeaver', async (event) => {
  await reassignLeaver(event.payload.userId);
});
