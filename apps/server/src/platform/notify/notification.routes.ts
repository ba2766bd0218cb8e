import {
  idParams, notification, notificationCount, notificationListQuery, page,
} from '@triad/contracts';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../../app.ts';
import { asCaller, principalOf } from '../access/index.ts';
import {
  countUnread, listNotifications, markAllRead, markRead, toNotification,
} from './notification.repository.ts';
import type { NotificationHub } from './notification-hub.ts';
import { openNotificationStream } from './notification-stream.ts';
import { notifyErrors } from './notify.errors.ts';

const tags = ['notifications'];

/** The caller's own notification centre; every query is filtered to the caller, RLS to the tenant. */
export async function registerNotificationRoutes(base: App, hub: NotificationHub): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  // Open streams would keep the HTTP server from closing; end them first, clients reconnect.
  app.addHook('preClose', async () => { hub.closeAll(); });

  app.get('/api/v1/notifications', {
    config: { authenticated: true },
    schema: { tags, summary: 'List my notifications (newest first)', querystring: notificationListQuery, response: { 200: page(notification) } },
  }, async (request) => {
    const { userId } = principalOf(request);
    const q = request.query;
    return asCaller(request, () => listNotifications(userId, { cursor: q.cursor, limit: q.limit, unreadOnly: q.unread === 'true' }));
  });

  app.get('/api/v1/notifications/unread-count', {
    config: { authenticated: true },
    schema: { tags, summary: 'Number of my unread notifications', response: { 200: notificationCount } },
  }, async (request) => {
    const { userId } = principalOf(request);
    return { count: await asCaller(request, () => countUnread(userId)) };
  });

  app.get('/api/v1/notifications/stream', {
    config: { authenticated: true },
    schema: {
      tags,
      summary: 'Live notifications (Server-Sent Events)',
      description: 'text/event-stream: `ready` {unreadCount} on connect, `notification` (a Notification) for each new one, `ping` every 25 s.',
    },
  }, (request, reply) => openNotificationStream(hub, request, reply));

  app.post('/api/v1/notifications/read-all', {
    config: { authenticated: true },
    schema: { tags, summary: 'Mark all my notifications read', response: { 200: notificationCount } },
  }, async (request) => {
    const { userId } = principalOf(request);
    return { count: await asCaller(request, () => markAllRead(userId)) };
  });

  app.post('/api/v1/notifications/:id/read', {
    config: { authenticated: true },
    schema: { tags, summary: 'Mark one of my notifications read', params: idParams, response: { 200: notification } },
  }, async (request) => {
    const { userId } = principalOf(request);
    const row = await asCaller(request, () => markRead(userId, request.params.id));
    // Someone else's notification is "not found", never "forbidden": its existence is private.
    if (!row) throw notifyErrors['notify.notification.notFound']();
    return toNotification(row);
  });
}
