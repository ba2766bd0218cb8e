import { defineJob } from '../jobs/index.ts';
import { notificationEmailJob, sendNotificationEmail } from './mailer.ts';

/*
 * One job per emailed notification, enqueued by notifyUsers() in the business transaction. A failed
 * send throws, and the runtime retries it with backoff (a mail server being restarted, a greylisting
 * relay); a notification already emailed is skipped on redelivery. SMTP is I/O-bound: a few sends run
 * side by side.
 */
defineJob<{ tenantId: string; notificationId: string }>(notificationEmailJob, async (data) => {
  await sendNotificationEmail(data);
}, { concurrency: 4 });
