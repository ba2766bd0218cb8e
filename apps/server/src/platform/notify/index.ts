// In-app notification centre (live over SSE, fanned out across processes by LISTEN/NOTIFY) and email.
// Defines the `notify.email` job as the module loads, before the job runtime starts.
import './notification-email.job.ts';
export { notifyUsers, notificationChannel } from './notify-users.ts';
export type { NotificationInput } from './notify-users.ts';
export { notificationService, notificationRoutes, notificationHub } from './notification.service.ts';
export { notificationEmailJob, sendNotificationEmail } from './mailer.ts';
export type { NotificationEmailJobData } from './mailer.ts';
export { notifications } from './notifications.table.ts';
