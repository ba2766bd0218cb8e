import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { EventDelivery, EventDeliveryListQuery, EventEnvelope, Page } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../http/index.ts';
import { actor, tx } from '../tx/index.ts';
import { enqueueJob } from './emit.ts';
import { subscriptionByHandler } from './event-handlers.ts';
import { eventErrors } from './events.errors.ts';
import { eventDeliveries } from './events.tables.ts';

type Row = typeof eventDeliveries.$inferSelect;

// The integration log is read newest first: an administrator looks at what just went wrong.
const spec: ListSpec = { sortable: { createdAt: eventDeliveries.createdAt }, defaultSort: '-createdAt', id: eventDeliveries.id };

function envelopeOf(row: Row): EventEnvelope {
  return row.payload as EventEnvelope;
}

export function toEventDelivery(row: Row): EventDelivery {
  const envelope = envelopeOf(row);
  return {
    id: row.id,
    eventId: row.eventId,
    eventType: row.eventType,
    handler: row.handler,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    occurredAt: envelope.occurredAt ?? row.createdAt.toISOString(),
    actorUserId: envelope.actorUserId ?? null,
    payload: envelope.payload ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One page of the tenant's event deliveries; filters combine with AND. */
export async function listEventDeliveries(query: EventDeliveryListQuery): Promise<Page<EventDelivery>> {
  const plan = keysetPage(spec, { cursor: query.cursor, limit: query.limit });
  const conditions: (SQL | undefined)[] = [eq(eventDeliveries.tenantId, actor().tenantId), plan.where];
  if (query.status) conditions.push(eq(eventDeliveries.status, query.status));
  if (query.eventType) conditions.push(eq(eventDeliveries.eventType, query.eventType));
  if (query.handler) conditions.push(eq(eventDeliveries.handler, query.handler));
  const rows = await tx().select().from(eventDeliveries).where(and(...conditions)).orderBy(...plan.orderBy).limit(plan.limit);
  const page = plan.page(rows, (r) => ({ sortValue: r.createdAt, id: r.id }));
  return { nextCursor: page.nextCursor, items: page.items.map(toEventDelivery) };
}

/**
 * Sends a failed or dead delivery to its handler again, as a new job with a fresh retry budget.
 * Safe by construction: should the event have been handled meanwhile, the receipt makes the new
 * job a no-op. A succeeded delivery is refused (its effect exists), and so is a pending one (a job
 * for it is queued or running).
 */
export async function replayEventDelivery(id: string): Promise<EventDelivery> {
  const [row] = await tx().select().from(eventDeliveries).where(eq(eventDeliveries.id, id)).for('update');
  if (!row) throw eventErrors['platform.integration.deliveryNotFound']();
  if (row.status !== 'failed' && row.status !== 'dead') {
    throw eventErrors['platform.integration.notReplayable']({ status: row.status });
  }
  const sub = subscriptionByHandler(row.handler);
  if (!sub) throw eventErrors['platform.integration.handlerUnknown']({ handler: row.handler });
  const [updated] = await tx().update(eventDeliveries)
    .set({ status: 'pending', updatedAt: sql`now()` })
    .where(eq(eventDeliveries.id, id))
    .returning();
  enqueueJob(sub.queue, { deliveryId: row.id, event: envelopeOf(row) });
  return toEventDelivery(updated ?? row);
}
