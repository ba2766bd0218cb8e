import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { newId } from '../../../platform/db/index.ts';
import { actor, tx } from '../../../platform/tx/index.ts';
import { indexDefinition } from '../domain/definition-index.ts';
import type { InstanceState } from '../domain/index.ts';
import { approvalCc, approvalInstances, approvalTasks } from './approval.tables.ts';

export type InstanceRow = typeof approvalInstances.$inferSelect;

export async function insertInstance(row: typeof approvalInstances.$inferInsert): Promise<void> {
  await tx().insert(approvalInstances).values(row);
}

export async function findInstance(id: string): Promise<InstanceRow | undefined> {
  const [row] = await tx().select().from(approvalInstances).where(eq(approvalInstances.id, id));
  return row;
}

/** The row locked until the command commits: concurrent commands on one instance queue here. */
export async function lockInstance(id: string): Promise<InstanceRow | undefined> {
  const [row] = await tx().select().from(approvalInstances).where(eq(approvalInstances.id, id)).for('update');
  return row;
}

/** Stores the next state if nobody stored another since `expectedRevision`; false = lost the race. */
export async function saveState(id: string, state: InstanceState, expectedRevision: number): Promise<boolean> {
  const rows = await tx().update(approvalInstances).set({
    state, status: state.status, revision: state.revision,
    finishedAt: state.finishedAt ? new Date(state.finishedAt) : null,
  }).where(and(eq(approvalInstances.id, id), eq(approvalInstances.revision, expectedRevision))).returning({ id: approvalInstances.id });
  return rows.length === 1;
}

/** Rewrites the inbox projection of the instance's tasks from its state. */
export async function syncTasks(instanceId: string, state: InstanceState): Promise<void> {
  const index = indexDefinition(state.definition);
  await tx().delete(approvalTasks).where(eq(approvalTasks.instanceId, instanceId));
  if (state.tasks.length === 0) return;
  const { tenantId } = actor();
  await tx().insert(approvalTasks).values(state.tasks.map((t) => ({
    id: t.id, tenantId, instanceId, nodeId: t.nodeId, nodeName: index.node(t.nodeId)?.node.name ?? t.nodeId,
    assigneeId: t.assigneeId, onBehalfOf: t.onBehalfOf, status: t.status, kind: t.kind,
    receivedAt: t.activatedAt ? new Date(t.activatedAt) : null, decidedAt: t.decidedAt ? new Date(t.decidedAt) : null,
  })));
}

export async function addCcRows(instanceId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const { tenantId } = actor();
  await tx().insert(approvalCc).values([...new Set(userIds)].map((userId) => ({ id: newId(), tenantId, instanceId, userId })))
    .onConflictDoNothing();
}

export async function markCcRead(instanceId: string, userId: string): Promise<void> {
  await tx().update(approvalCc).set({ readAt: new Date() })
    .where(and(eq(approvalCc.instanceId, instanceId), eq(approvalCc.userId, userId), isNull(approvalCc.readAt)));
}

export async function instanceIdOfTask(taskId: string): Promise<string | undefined> {
  const [row] = await tx().select({ instanceId: approvalTasks.instanceId }).from(approvalTasks).where(eq(approvalTasks.id, taskId));
  return row?.instanceId;
}

/** Instances in which the user holds an open task (for 离职交接). */
export async function instancesWithOpenTasksOf(userId: string): Promise<string[]> {
  const rows = await tx().selectDistinct({ instanceId: approvalTasks.instanceId }).from(approvalTasks)
    .where(and(eq(approvalTasks.assigneeId, userId), inArray(approvalTasks.status, ['queued', 'pending', 'onHold'])));
  return rows.map((r) => r.instanceId);
}

export async function findLiveDocumentInstance(documentType: string, documentId: string): Promise<InstanceRow | undefined> {
  const [row] = await tx().select().from(approvalInstances)
    .where(and(eq(approvalInstances.documentType, documentType), eq(approvalInstances.documentId, documentId)))
    .orderBy(sql`${approvalInstances.createdAt} desc`).limit(1);
  return row;
}
