import type { EventEnvelope, EventType } from '@triad/contracts';
import { newId, type Db } from '../db/index.ts';
import { writeJobsInTransaction } from '../jobs/index.ts';
import type { Pending, PendingJob } from './emit.ts';
import { subscriptionsFor, type Subscription } from './event-handlers.ts';
import { eventDeliveries } from './events.tables.ts';

/**
 * The outbox, run inside the business transaction just before COMMIT: one integration-log row per
 * (event, handler) — written as `triad_app`, under the tenant's RLS — and one job per row. Rows
 * and jobs commit or roll back with the business change, so a rolled-back command delivers nothing.
 */
export async function writeOutbox(tx: Db, pending: Pending): Promise<void> {
  const jobs: PendingJob[] = [...pending.jobs];
  if (pending.events.length > 0) {
    const selections = await selectWildcards(tx, pending.events);
    const rows: (typeof eventDeliveries.$inferInsert)[] = [];
    for (const event of pending.events) {
      for (const sub of subscriptionsFor(event.type)) {
        const selected = selections.get(sub);
        if (selected && !selected.has(event.type)) continue;
        const id = newId();
        rows.push({ id, tenantId: event.tenantId, eventId: event.id, eventType: event.type, handler: sub.handler, payload: event });
        jobs.push({ name: sub.queue, data: { deliveryId: id, event } });
      }
    }
    if (rows.length > 0) await tx.insert(eventDeliveries).values(rows);
  }
  await writeJobsInTransaction(tx, jobs);
}

async function selectWildcards(tx: Db, events: readonly EventEnvelope[]): Promise<Map<Subscription, ReadonlySet<EventType>>> {
  const types = [...new Set(events.map((e) => e.type))];
  const result = new Map<Subscription, ReadonlySet<EventType>>();
  const seen = new Set<Subscription>();
  for (const type of types) {
    for (const sub of subscriptionsFor(type)) {
      if (!sub.select || seen.has(sub)) continue;
      seen.add(sub);
      result.set(sub, await sub.select(tx, types));
    }
  }
  return result;
}
