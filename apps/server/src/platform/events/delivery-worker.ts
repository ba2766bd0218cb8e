import { and, eq, ne, sql } from 'drizzle-orm';
import type { EventEnvelope } from '@triad/contracts';
import { inTenant, tx, type Actor } from '../tx/index.ts';
import { failureMessage, type JobContext } from '../jobs/index.ts';
import { eventDeliveries, eventReceipts } from './events.tables.ts';
import type { Subscription } from './event-handlers.ts';

/** What a handler queue's job carries: the delivery row to keep up to date and the event itself. */
export interface DeliveryJobData extends Record<string, unknown> {
  deliveryId: string;
  event: EventEnvelope;
}

function actorOf(event: EventEnvelope): Actor {
  return { tenantId: event.tenantId, userId: event.actorUserId, requestId: `event:${event.id}` };
}

/**
 * One attempt of one delivery. The receipt is inserted first, in the handler's own transaction:
 * if it exists the event was already handled (redelivery, replay race, or a second process that
 * fetched an expired job) and the handler is skipped; if another process is handling it right now,
 * the insert waits for that transaction and then finds the receipt. Either way the effect happens once.
 */
export async function runDelivery(sub: Subscription, data: DeliveryJobData, ctx: JobContext): Promise<void> {
  const { deliveryId, event } = data;
  const actor = actorOf(event);
  try {
    await inTenant(actor, async () => {
      const fresh = await tx().insert(eventReceipts)
        .values({ tenantId: event.tenantId, eventId: event.id, handler: sub.handler })
        .onConflictDoNothing()
        .returning({ eventId: eventReceipts.eventId });
      if (fresh.length === 0) {
        await tx().update(eventDeliveries).set({ status: 'succeeded', updatedAt: sql`now()` })
          .where(and(eq(eventDeliveries.id, deliveryId), ne(eventDeliveries.status, 'succeeded')));
        return;
      }
      await sub.run(event);
      await tx().update(eventDeliveries)
        .set({ status: 'succeeded', attempts: sql`${eventDeliveries.attempts} + 1`, lastError: null, updatedAt: sql`now()` })
        .where(eq(eventDeliveries.id, deliveryId));
    });
  } catch (err) {
    // The handler's transaction is gone; the failure is recorded in a transaction of its own.
    const dead = ctx.retryCount >= ctx.retryLimit;
    await inTenant(actor, () => tx().update(eventDeliveries)
      .set({
        status: dead ? 'dead' : 'failed',
        attempts: sql`${eventDeliveries.attempts} + 1`,
        lastError: failureMessage(err),
        updatedAt: sql`now()`,
      })
      .where(and(eq(eventDeliveries.id, deliveryId), ne(eventDeliveries.status, 'succeeded'))));
    throw err;
  }
}
