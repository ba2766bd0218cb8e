import { and, count, eq, ilike, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { InboxItem, InboxQuery, Page } from '@triad/contracts';
import { users } from '../../org/index.ts';
import { keysetPage } from '../../../platform/http/index.ts';
import { tx } from '../../../platform/tx/index.ts';
import { approvalCc, approvalInstances, approvalRequestTypes, approvalTasks } from './approval.tables.ts';

const doneStatuses = ['approved', 'rejected', 'returned', 'resolved', 'transferred'];

function filters(query: InboxQuery): SQL[] {
  const out: SQL[] = [];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(approvalInstances.title, like), ilike(approvalInstances.number, like));
    if (match) out.push(match);
  }
  if (query.requestTypeId) out.push(eq(approvalInstances.requestTypeId, query.requestTypeId));
  if (query.status) out.push(eq(approvalInstances.status, query.status));
  return out;
}

const instanceColumns = {
  instanceId: approvalInstances.id, number: approvalInstances.number, title: approvalInstances.title,
  requestTypeName: approvalRequestTypes.name, initiatorId: approvalInstances.initiatorId, initiatorName: users.displayName,
  status: approvalInstances.status, createdAt: approvalInstances.createdAt,
};

type Base = { instanceId: string; number: string; title: string; requestTypeName: string; initiatorId: string; initiatorName: string | null; status: InboxItem['status']; createdAt: Date };
const item = (r: Base, extra: Pick<InboxItem, 'taskId' | 'nodeName' | 'receivedAt' | 'decidedAt'> & { read?: boolean }): InboxItem => ({
  instanceId: r.instanceId, number: r.number, title: r.title, requestTypeName: r.requestTypeName,
  initiator: { id: r.initiatorId, displayName: r.initiatorName ?? '' }, status: r.status, createdAt: r.createdAt.toISOString(), ...extra,
});
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** 待办 / 已办 / 我发起的 / 抄送我的, newest first, cursor-paged. */
export async function inboxPage(userId: string, query: InboxQuery): Promise<Page<InboxItem>> {
  const db = tx();
  const extra = filters(query);
  if (query.box === 'todo' || query.box === 'done') {
    const todo = query.box === 'todo';
    const sortColumn = todo ? approvalTasks.receivedAt : approvalTasks.decidedAt;
    const plan = keysetPage({ sortable: { at: sortColumn }, defaultSort: '-at', id: approvalTasks.id }, { ...query, sort: undefined });
    const rows = await db.select({ ...instanceColumns, taskId: approvalTasks.id, nodeName: approvalTasks.nodeName, receivedAt: approvalTasks.receivedAt, decidedAt: approvalTasks.decidedAt })
      .from(approvalTasks)
      .innerJoin(approvalInstances, eq(approvalInstances.id, approvalTasks.instanceId))
      .innerJoin(approvalRequestTypes, eq(approvalRequestTypes.id, approvalInstances.requestTypeId))
      .leftJoin(users, eq(users.id, approvalInstances.initiatorId))
      .where(and(eq(approvalTasks.assigneeId, userId), todo ? eq(approvalTasks.status, 'pending') : inArray(approvalTasks.status, doneStatuses), plan.where, ...extra))
      .orderBy(...plan.orderBy).limit(plan.limit);
    const page = plan.page(rows, (r) => ({ sortValue: todo ? r.receivedAt : r.decidedAt, id: r.taskId }));
    return { ...page, items: page.items.map((r) => item(r, { taskId: r.taskId, nodeName: r.nodeName, receivedAt: iso(r.receivedAt), decidedAt: iso(r.decidedAt) })) };
  }
  if (query.box === 'initiated') {
    const plan = keysetPage({ sortable: { at: approvalInstances.createdAt }, defaultSort: '-at', id: approvalInstances.id }, { ...query, sort: undefined });
    const rows = await db.select(instanceColumns).from(approvalInstances)
      .innerJoin(approvalRequestTypes, eq(approvalRequestTypes.id, approvalInstances.requestTypeId))
      .leftJoin(users, eq(users.id, approvalInstances.initiatorId))
      .where(and(eq(approvalInstances.initiatorId, userId), plan.where, ...extra))
      .orderBy(...plan.orderBy).limit(plan.limit);
    const page = plan.page(rows, (r) => ({ sortValue: r.createdAt, id: r.instanceId }));
    return { ...page, items: page.items.map((r) => item(r, { taskId: null, nodeName: null, receivedAt: null, decidedAt: null })) };
  }
  const plan = keysetPage({ sortable: { at: approvalCc.createdAt }, defaultSort: '-at', id: approvalCc.id }, { ...query, sort: undefined });
  const rows = await db.select({ ...instanceColumns, ccId: approvalCc.id, ccAt: approvalCc.createdAt, readAt: approvalCc.readAt }).from(approvalCc)
    .innerJoin(approvalInstances, eq(approvalInstances.id, approvalCc.instanceId))
    .innerJoin(approvalRequestTypes, eq(approvalRequestTypes.id, approvalInstances.requestTypeId))
    .leftJoin(users, eq(users.id, approvalInstances.initiatorId))
    .where(and(eq(approvalCc.userId, userId), plan.where, ...extra))
    .orderBy(...plan.orderBy).limit(plan.limit);
  const page = plan.page(rows, (r) => ({ sortValue: r.ccAt, id: r.ccId }));
  return { ...page, items: page.items.map((r) => item(r, { taskId: null, nodeName: null, receivedAt: iso(r.ccAt), decidedAt: null, read: r.readAt !== null })) };
}

/** The badge numbers of the four tabs. */
export async function inboxCounts(userId: string): Promise<{ todo: number; done: number; initiated: number; cc: number; ccUnread: number }> {
  const db = tx();
  const one = async (q: Promise<Array<{ n: number }>>) => Number((await q)[0]?.n ?? 0);
  const todo = await one(db.select({ n: count() }).from(approvalTasks).where(and(eq(approvalTasks.assigneeId, userId), eq(approvalTasks.status, 'pending'))));
  const done = await one(db.select({ n: count() }).from(approvalTasks).where(and(eq(approvalTasks.assigneeId, userId), inArray(approvalTasks.status, doneStatuses))));
  const initiated = await one(db.select({ n: count() }).from(approvalInstances).where(eq(approvalInstances.initiatorId, userId)));
  const cc = await one(db.select({ n: count() }).from(approvalCc).where(eq(approvalCc.userId, userId)));
  const ccUnread = await one(db.select({ n: count() }).from(approvalCc).where(and(eq(approvalCc.userId, userId), isNull(approvalCc.readAt))));
  return { todo, done, initiated, cc, ccUnread };
}
