import nodemailer, { type Transporter } from 'nodemailer';
import { eq } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { schema } from '../db/index.ts';
import { inTenant, tx } from '../tx/index.ts';
import { notifications } from './notifications.table.ts';

/** Job that emails one notification to its user. */
export const notificationEmailJob = 'notify.email';

export interface NotificationEmailJobData { tenantId: string; notificationId: string }

interface MailerState { smtp: NonNullable<Config['smtp']>; publicUrl?: string; transport: Transporter }

// One mailer per process, set by the notification service from the configuration.
let state: MailerState | undefined;

/** Installs the process mailer from the configuration; returns its disposer. */
export function configureMailer(config: Pick<Config, 'smtp' | 'publicUrl'>): () => void {
  if (!config.smtp) return () => {};
  const { host, port, secure, user, pass } = config.smtp;
  const mine: MailerState = {
    smtp: config.smtp,
    publicUrl: config.publicUrl,
    transport: nodemailer.createTransport({ host, port, secure, auth: user ? { user, pass } : undefined }),
  };
  state?.transport.close();
  state = mine;
  return () => {
    mine.transport.close();
    if (state === mine) state = undefined;
  };
}

export function mailerConfigured(): boolean {
  return state !== undefined;
}

function absoluteLink(link: string | null, publicUrl: string | undefined): string | null {
  if (!link) return null;
  if (/^https?:\/\//i.test(link) || !publicUrl) return link;
  return new URL(link, publicUrl).toString();
}

/**
 * Sends the email of one notification. The database is read and written in two short
 * transactions so the SMTP conversation never holds a connection (PGlite has only one).
 * Throws on failure so the job runtime retries; a notification already emailed is skipped,
 * which makes retries after a crash between sending and recording at most one duplicate.
 */
export async function sendNotificationEmail(data: NotificationEmailJobData): Promise<'sent' | 'skipped'> {
  const mailer = state;
  if (!mailer) throw new Error('SMTP is not configured');
  const users = schema.users;
  const found = await inTenant({ tenantId: data.tenantId }, async () => {
    const [n] = await tx().select().from(notifications).where(eq(notifications.id, data.notificationId));
    if (!n || n.emailedAt) return undefined;
    const [u] = await tx().select({ email: users.email, displayName: users.displayName }).from(users).where(eq(users.id, n.userId));
    return u?.email ? { n, email: u.email, name: u.displayName } : undefined;
  });
  if (!found) return 'skipped';
  const link = absoluteLink(found.n.link, mailer.publicUrl);
  const text = [found.n.title, found.n.body, link].filter(Boolean).join('\n\n');
  await mailer.transport.sendMail({
    from: mailer.smtp.from,
    to: { name: found.name, address: found.email },
    subject: found.n.title,
    text,
  });
  await inTenant({ tenantId: data.tenantId }, () =>
    tx().update(notifications).set({ emailedAt: new Date() }).where(eq(notifications.id, data.notificationId)));
  return 'sent';
}
