import { z } from 'zod';
import { pageQuery } from '../common/pagination.ts';

/** One entry of the user's notification centre (the bell). */
export const notification = z.object({
  id: z.uuid(),
  /** Free-form grouping used by the web for icons and filters, e.g. `system`, `approval`. */
  category: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  /** Web route to open when the user clicks the notification. */
  link: z.string().nullable(),
  data: z.record(z.string(), z.unknown()).nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notification>;

/** Newest first; `unread=true` keeps only what the user has not read yet. */
export const notificationListQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  unread: z.enum(['true', 'false']).optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuery>;

export const notificationCount = z.object({ count: z.number().int().nonnegative() });
export type NotificationCount = z.infer<typeof notificationCount>;

/** Server-Sent Events channel names of GET /api/v1/notifications/stream. */
export const notificationStreamEvents = {
  /** Sent once on connect: `{ unreadCount }`. */
  ready: 'ready',
  /** A new notification for the caller: the `notification` JSON. */
  notification: 'notification',
  /** Keep-alive so proxies do not drop an idle connection. */
  ping: 'ping',
} as const;

export const notificationStreamReady = z.object({ unreadCount: z.number().int().nonnegative() });
export type NotificationStreamReady = z.infer<typeof notificationStreamReady>;
