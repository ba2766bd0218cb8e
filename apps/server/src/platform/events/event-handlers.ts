import type { EventEnvelope, EventType } from '@triad/contracts';
import type { Db } from '../db/index.ts';
import { defineJob, type JobOptions } from '../jobs/index.ts';
import { runDelivery, type DeliveryJobData } from './delivery-worker.ts';

export type EventHandler<K extends EventType> = (event: EventEnvelope<K>) => Promise<void>;

/**
 * A wildcard subscriber may narrow, per transaction, which of the transaction's event types concern
 * it (webhooks: only types some active subscription of the tenant listens to), so events nobody
 * subscribed to cost no delivery row and no job. Runs inside the business transaction, under RLS.
 */
export type EventSelector = (tx: Db, types: readonly EventType[]) => Promise<ReadonlySet<EventType>>;

export interface Subscription {
  /** Stable name: the dedupe key of receipts and the integration log's "handler" column. */
  handler: string;
  /** The pg-boss queue its deliveries go through. */
  queue: string;
  types: ReadonlySet<EventType> | '*';
  select?: EventSelector;
  run: (event: EventEnvelope) => Promise<void>;
}

const subscriptions = new Map<string, Subscription>();

const handlerNamePattern = /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)+$/;

export function handlerQueue(handler: string): string {
  return `evt.${handler}`;
}

function register(sub: Subscription, options: JobOptions): void {
  if (!handlerNamePattern.test(sub.handler)) {
    throw new Error(`event handler name '${sub.handler}' must look like '<area>.<what>' (letters and digits)`);
  }
  if (subscriptions.has(sub.handler)) throw new Error(`event handler '${sub.handler}' is registered twice`);
  subscriptions.set(sub.handler, sub);
  defineJob<DeliveryJobData>(sub.queue, (data, ctx) => runDelivery(sub, data, ctx), options);
}

/**
 * Subscribes a handler to one or more event types. The handler runs after the emitting transaction
 * committed, in a transaction of the event's tenant acting as the event's actor; its writes and
 * the receipt `(event, handler)` commit together, so a redelivered event is skipped (exactly once
 * in effect). Throwing rolls its writes back and schedules a retry with backoff; after the retry
 * limit the delivery is dead and an administrator can replay it from the integration log.
 * Effects outside the database (HTTP calls, email) are at least once: make them jobs of their own
 * with their own dedupe, or tolerate a repeat.
 *
 * On PGlite the handler's transaction holds the only connection: use `tx()`, never the job
 * runtime or `asSystem` directly from inside a handler.
 *
 * Register while the process starts (module load), with a name that never changes.
 */
export function onEvent<K extends EventType>(type: K | readonly K[], handlerName: string, handler: EventHandler<K>, options: JobOptions = {}): void {
  const types = new Set<EventType>(Array.isArray(type) ? type : [type as K]);
  register({
    handler: handlerName,
    queue: handlerQueue(handlerName),
    types,
    run: (event) => handler(event as EventEnvelope<K>),
  }, options);
}

/** Subscribes a handler to every event type (integration bridges such as outbound webhooks). */
export function onAnyEvent(handlerName: string, handler: EventHandler<EventType>, options: JobOptions & { select?: EventSelector } = {}): void {
  const { select, ...jobOptions } = options;
  register({ handler: handlerName, queue: handlerQueue(handlerName), types: '*', select, run: handler }, jobOptions);
}

/** Handlers that receive events of `type`. */
export function subscriptionsFor(type: EventType): Subscription[] {
  const result: Subscription[] = [];
  for (const sub of subscriptions.values()) {
    if (sub.types === '*' || sub.types.has(type)) result.push(sub);
  }
  return result;
}

export function subscriptionByHandler(handler: string): Subscription | undefined {
  return subscriptions.get(handler);
}
