import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Notification } from '@triad/contracts';
import { tx } from '../tx/index.ts';
import { commonErrors } from '../http/index.ts';
import { notifications } from './notifications.table.ts';

type Row = typeof notifications.$inferSelect;

export function toNotification(row: Row): Notification {
  return {
    id: row.id,
    category: row.category,
    title: row.title,
    body: row.body,
    link: row.link,
    data: (row.data as Record<string, unknown> | null) ?? null,
    readAt: row.readAt ? row.readAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rows of one user; the tenant is already fixed by RLS in the ambient transaction. */
function ownedBy(userId: string): SQL {
  return eq(notifications.userId, userId);
}

export async function findNotification(userId: string, id: string): Promise<Row | undefined> {
  const [row] = await tx().select().from(notifications).where(and(ownedBy(userId), eq(notifications.id, id)));
  return row;
}

export interface ListOptions { cursor?: string; limit: number; unreadOnly: boolean }

/**
 * Newest first, keyset on (created_at, id). The cursor is the id of the last row of the previous
 * page (opaque to the client); a cursor that is not one of the caller's notifications is rejected.
 */
export async function listNotifications(userId: string, opts: ListOptions): Promise<{ items: Notification[]; nextCursor: string | null }> {
  const conditions: SQL[] = [ownedBy(userId)];
  if (opts.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (opts.cursor !== undefined) {
    if (!uuidPattern.test(opts.cursor)) throw commonErrors['common.badCursor']();
    const anchor = await findNotification(userId, opts.cursor);
    if (!anchor) throw commonErrors['common.badCursor']();
    // Row comparison against the anchor row itself keeps PostgreSQL's microsecond timestamps exact.
    conditions.push(sql`(${notifications.createdAt}, ${notifications.id}) <
      (select n.created_at, n.id from notifications n where n.id = ${anchor.id})`);
  }
  const rows = await tx().select().from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(opts.limit + 1);
  const more = rows.length > opts.limit;
  const page = more ? rows.slice(0, opts.limit) : rows;
  const last = page[page.length - 1];
  return { items: page.map(toNotification), nextCursor: more && last ? last.id : null };
}

export async function countUnread(userId: string): Promise<number> {
  const [row] = await tx().select({ count: sql<number>`count(*)::int` }).from(notifications)
    .where(and(ownedBy(userId), isNull(notifications.readAt)));
  return Number(row?.count ?? 0);
}

/** Marks one notification read; reading it twice keeps the first read time. */
export async function markRead(userId: string, id: string): Promise<Row | undefined> {
  const [row] = await tx().update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(ownedBy(userId), eq(notifications.id, id)))
    .returning();
  return row;
}

export async function markAllRead(userId: string): Promise<number> {
  const rows = await tx().update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(ownedBy(userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}
