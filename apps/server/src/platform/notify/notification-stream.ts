import type { FastifyReply, FastifyRequest } from 'fastify';
import { notificationStreamEvents } from '@triad/contracts';
import { asCaller, principalOf } from '../access/index.ts';
import { countUnread } from './notification.repository.ts';
import type { NotificationHub, NotificationSink } from './notification-hub.ts';

/** Proxies and load balancers drop connections idle for ~30-60 s; a comment-free ping beats them. */
export const pingIntervalMs = 25_000;

/**
 * GET /api/v1/notifications/stream: Server-Sent Events for the caller. `ready` (with the unread
 * count) first, then `notification` for each new one, `ping` every 25 s. The response is taken
 * over from Fastify (hijack) and lives until the client or the server closes it.
 */
export async function openNotificationStream(hub: NotificationHub, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const principal = principalOf(request);
  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // nginx would otherwise buffer the stream and deliver nothing until it fills.
    'x-accel-buffering': 'no',
  });
  res.flushHeaders();
  const write = (event: string, data: unknown) => {
    if (!res.writableEnded && !res.destroyed) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  };
  // Pushes that arrive before `ready` is written wait, so the client always sees `ready` first.
  let held: [string, unknown][] | undefined = [];
  const sink: NotificationSink = {
    tenantId: principal.tenantId,
    userId: principal.userId,
    send: (event, data) => { if (held) held.push([event, data]); else write(event, data); },
    close: () => { cleanup(); res.end(); },
  };
  // Registered before counting, so a notification committed meanwhile is pushed, not lost.
  const remove = hub.add(sink);
  const timer = setInterval(() => write(notificationStreamEvents.ping, { at: new Date().toISOString() }), pingIntervalMs);
  timer.unref();
  function cleanup(): void {
    clearInterval(timer);
    remove();
  }
  res.on('close', cleanup);
  try {
    const unreadCount = await asCaller(request, () => countUnread(principal.userId));
    res.write('retry: 5000\n\n');
    write(notificationStreamEvents.ready, { unreadCount });
    const early = held;
    held = undefined;
    for (const [event, data] of early) write(event, data);
  } catch (err) {
    request.log.error({ err }, 'notification stream failed to start');
    sink.close();
  }
}
