import type { EventEnvelope, EventMap, EventType } from '@triad/contracts';
import { newId } from '../db/index.ts';
import { unitOfWork, type UnitOfWork } from '../tx/index.ts';
import type { Db } from '../db/index.ts';

/** A job to enqueue with the transaction (events fan out to handler jobs; other jobs go as is). */
export interface PendingJob { name: string; data: Record<string, unknown>; options?: { startAfterSeconds?: number; singletonKey?: string } }

export interface Pending { events: EventEnvelope[]; jobs: PendingJob[] }

/** Writes the buffered events and jobs inside the transaction, just before COMMIT (the outbox). */
export type OutboxWriter = (tx: Db, pending: Pending, uow: UnitOfWork) => Promise<void>;

let writer: OutboxWriter | undefined;
const buffers = new WeakMap<UnitOfWork, Pending>();
const written = new WeakSet<UnitOfWork>();

export function setOutboxWriter(w: OutboxWriter | undefined): void {
  writer = w;
}

function pendingOf(uow: UnitOfWork): Pending {
  // A commit hook registered after the outbox's would otherwise add events nobody writes.
  if (written.has(uow)) throw new Error('event or job added after the outbox was written');
  let p = buffers.get(uow);
  if (!p) {
    const fresh: Pending = { events: [], jobs: [] };
    p = fresh;
    buffers.set(uow, fresh);
    uow.beforeCommit.push(async (tx) => {
      if (fresh.events.length === 0 && fresh.jobs.length === 0) return;
      if (!writer) throw new Error('event outbox not started');
      await writer(tx, fresh, uow);
      written.add(uow);
    });
  }
  return p;
}

/** Records a domain event; it commits with the transaction and is delivered after commit. */
export function emit<K extends EventType>(type: K, payload: EventMap[K]): string {
  const uow = unitOfWork();
  const id = newId();
  pendingOf(uow).events.push({
    id,
    type,
    tenantId: uow.actor.tenantId,
    occurredAt: new Date().toISOString(),
    actorUserId: uow.actor.userId ?? null,
    payload,
  } as EventEnvelope);
  return id;
}

/** Enqueues a background job with the transaction (rolled back with it). */
export function enqueueJob(name: string, data: Record<string, unknown>, options?: PendingJob['options']): void {
  const uow = unitOfWork();
  pendingOf(uow).jobs.push({ name, data: { ...data, tenantId: uow.actor.tenantId }, options });
}
