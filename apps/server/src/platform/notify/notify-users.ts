import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import { newId, schema } from '../db/index.ts';
import { actor, tx } from '../tx/index.ts';
import { enqueueJob } from '../jobs/index.ts';
import { notifications } from './notifications.table.ts';
import { mailerConfigured, notificationEmailJob } from './mailer.ts';

/** PostgreSQL channel carrying `{ tenantId, userId, id }` of every committed notification. */
export const notificationChannel = 'triad_notifications';

export interface NotificationInput {
  title: string;
  body?: string | null;
  /** Web route to open, e.g. `/org/users/<id>`. */
  link?: string | null;
  category?: string;
  data?: Record<string, unknown> | null;
}

/**
 * Puts a notification in each user's centre, inside the caller's unit of work: the rows, the live
 * push (NOTIFY is delivered only at COMMIT) and the email job all happen only if the business
 * change they talk about commits. Returns the new notification ids, in `userIds` order.
 */
export async function notifyUsers(userIds: readonly string[], input: NotificationInput): Promise<string[]> {
  const recipients = [...new Set(userIds)];
  if (recipients.length === 0) return [];
  const { tenantId } = actor();
  const rows = recipients.map((userId) => ({
    id: newId(),
    tenantId,
    userId,
    category: input.category ?? 'system',
    title: input.title,
    body: input.body ?? null,
    link: input.link ?? null,
    data: input.data ?? null,
  }));
  await tx().insert(notifications).values(rows);
  const payloads = rows.map((r) => sql`(${JSON.stringify({ tenantId, userId: r.userId, id: r.id })})`);
  await tx().execute(sql`select pg_notify(${notificationChannel}, p) from (values ${sql.join(payloads, sql`, `)}) as v(p)`);
  if (mailerConfigured()) {
    // Only users with an address get a job; RLS keeps the lookup inside the actor's tenant.
    const users = schema.users;
    const withEmail = await tx().select({ id: users.id }).from(users)
      .where(and(inArray(users.id, recipients), isNotNull(users.email), sql`${users.email} <> ''`));
    const emailable = new Set(withEmail.map((u) => u.id));
    for (const r of rows) {
      if (emailable.has(r.userId)) enqueueJob(notificationEmailJob, { notificationId: r.id });
    }
  }
  return rows.map((r) => r.id);
}
