import { AsyncResource } from 'node:async_hooks';
import type { Database } from '../db/index.ts';
import { inTenant } from '../tx/index.ts';
import { findNotification, toNotification } from './notification.repository.ts';
import { notificationChannel } from './notify-users.ts';

/** One open live channel (an SSE response) of one signed-in user. */
export interface NotificationSink {
  tenantId: string;
  userId: string;
  send(event: string, data: unknown): void;
  close(): void;
}

interface ChannelPayload { tenantId: string; userId: string; id: string }

function parsePayload(text: string): ChannelPayload | undefined {
  try {
    const p = JSON.parse(text) as Partial<ChannelPayload>;
    if (typeof p.tenantId === 'string' && typeof p.userId === 'string' && typeof p.id === 'string') {
      return { tenantId: p.tenantId, userId: p.userId, id: p.id };
    }
  } catch (_err) {
    // Someone else's message on our channel; not ours to act on.
  }
  return undefined;
}

/**
 * The process's fan-out point: ONE database listener per process, and the users' open streams in
 * this process. Every process receives every NOTIFY, so a user connected to process B sees a
 * notification committed by process A; each process pushes only to the streams it holds.
 */
export class NotificationHub {
  private readonly sinks = new Map<string, Set<NotificationSink>>();
  private unlisten?: () => Promise<void>;
  // Deliveries run one after another so a user's notifications arrive in commit order.
  private queue: Promise<void> = Promise.resolve();

  async start(database: Database): Promise<void> {
    // Bound to the start-up context: a payload must never run inside whatever unit of work
    // happened to be active when the driver surfaced it.
    const onPayload = AsyncResource.bind((text: string) => {
      const payload = parsePayload(text);
      if (!payload || !this.sinks.has(payload.userId)) return;
      this.queue = this.queue.then(() => this.deliver(payload)).catch(() => {
        // The stream missed one push; the client re-reads the list when it reconnects.
      });
    });
    this.unlisten = await database.listen(notificationChannel, onPayload);
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = undefined;
    this.closeAll();
    if (unlisten) await unlisten();
    await this.queue;
  }

  /** Registers a user's stream; returns the function that removes it. */
  add(sink: NotificationSink): () => void {
    let set = this.sinks.get(sink.userId);
    if (!set) { set = new Set(); this.sinks.set(sink.userId, set); }
    set.add(sink);
    return () => {
      const current = this.sinks.get(sink.userId);
      if (!current) return;
      current.delete(sink);
      if (current.size === 0) this.sinks.delete(sink.userId);
    };
  }

  /** Ends every open stream (the app is shutting down; clients reconnect elsewhere). */
  closeAll(): void {
    for (const set of this.sinks.values()) for (const sink of set) sink.close();
    this.sinks.clear();
  }

  openStreams(userId?: string): number {
    if (userId) return this.sinks.get(userId)?.size ?? 0;
    let n = 0;
    for (const set of this.sinks.values()) n += set.size;
    return n;
  }

  private async deliver(p: ChannelPayload): Promise<void> {
    const targets = [...(this.sinks.get(p.userId) ?? [])].filter((s) => s.tenantId === p.tenantId);
    if (targets.length === 0) return;
    // Read as the recipient inside their tenant, so RLS guards the lookup like any request.
    const row = await inTenant({ tenantId: p.tenantId, userId: p.userId }, () => findNotification(p.userId, p.id));
    if (!row) return;
    const dto = toNotification(row);
    for (const sink of targets) sink.send('notification', dto);
  }
}
