import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { EventEnvelope, EventType, Page, WebhookDelivery, WebhookDeliveryListQuery } from '@triad/contracts';
import { webhookEventWildcard } from '@triad/contracts';
import { newId } from '../db/index.ts';
import { enqueueJob } from '../events/index.ts';
import { keysetPage, type ListSpec } from '../http/index.ts';
import { failureMessage, type JobContext } from '../jobs/index.ts';
import { actor, inTenant, tx } from '../tx/index.ts';
import { sendWebhook, type SendOutcome } from './webhook-sender.ts';
import { webhookErrors } from './webhooks.errors.ts';
import { webhookDeliveries, webhookSubscriptions } from './webhooks.tables.ts';

export const webhookDeliverJob = 'webhook.deliver';

type Row = typeof webhookDeliveries.$inferSelect;

export interface WebhookDeliverJobData extends Record<string, unknown> {
  webhookDeliveryId: string;
  tenantId: string;
}

function toWebhookDelivery(row: Row): WebhookDelivery {
  return {
    id: row.id,
    subscriptionId: row.subscriptionId,
    eventId: row.eventId,
    eventType: row.eventType,
    status: row.status,
    attempts: row.attempts,
    responseStatus: row.responseStatus,
    lastError: row.lastError,
    payload: row.payload,
    createdAt: row.createdAt.toISOString(),
    deliveredAt: row.deliveredAt ? row.deliveredAt.toISOString() : null,
  };
}

/**
 * The `webhooks.fanout` event handler: one delivery row and one `webhook.deliver` job per active
 * subscription of the tenant that listens to the event's type. It runs once per event (receipts),
 * so a subscription receives each event once, plus retries of that same delivery.
 */
export async function fanOutToWebhooks(event: EventEnvelope<EventType>): Promise<void> {
  const s = webhookSubscriptions;
  const where = event.type === 'platform.webhook.tested'
    ? eq(s.id, (event as EventEnvelope<'platform.webhook.tested'>).payload.subscriptionId)
    : and(eq(s.active, true), or(sql`${event.type} = any(${s.eventTypes})`, sql`${webhookEventWildcard} = any(${s.eventTypes})`));
  const targets = await tx().select({ id: s.id }).from(s).where(and(eq(s.tenantId, event.tenantId), where));
  if (targets.length === 0) return;
  const body = { id: event.id, type: event.type, tenantId: event.tenantId, occurredAt: event.occurredAt, payload: event.payload };
  const rows = targets.map((t) => ({
    id: newId(), tenantId: event.tenantId, subscriptionId: t.id, eventId: event.id, eventType: event.type, payload: body,
  }));
  await tx().insert(webhookDeliveries).values(rows);
  for (const row of rows) enqueueJob(webhookDeliverJob, { webhookDeliveryId: row.id });
}

/**
 * One attempt of one webhook delivery. The HTTP call happens between two short transactions, never
 * inside one (it may take 10 s; PGlite has a single connection). Retries are the job runtime's.
 */
export async function deliverWebhook(data: WebhookDeliverJobData, ctx: JobContext): Promise<void> {
  const tenant = { tenantId: data.tenantId };
  const found = await inTenant(tenant, async () => {
    const [d] = await tx().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, data.webhookDeliveryId));
    if (!d || d.status === 'succeeded') return undefined;
    const [sub] = await tx().select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, d.subscriptionId));
    return { d, sub };
  });
  if (!found) return;
  const { d, sub } = found;
  let outcome: SendOutcome;
  if (!sub || (!sub.active && d.eventType !== 'platform.webhook.tested')) {
    outcome = { status: null, error: 'the subscription was disabled or deleted' };
  } else {
    outcome = await sendWebhook(
      { url: sub.url, secret: sub.secret, eventType: d.eventType, deliveryId: d.id, body: JSON.stringify(d.payload) },
      { allowPrivate: ctx.config.webhookAllowPrivate },
    ).catch((err: unknown): SendOutcome => ({ status: null, error: failureMessage(err) }));
  }
  const ok = outcome.error === null;
  // A vanished subscription will not come back: no point retrying.
  const dead = !ok && (!sub || ctx.retryCount >= ctx.retryLimit);
  await inTenant(tenant, () => tx().update(webhookDeliveries).set({
    status: ok ? 'succeeded' : dead ? 'dead' : 'failed',
    attempts: sql`${webhookDeliveries.attempts} + 1`,
    responseStatus: outcome.status,
    lastError: outcome.error,
    deliveredAt: ok ? sql`now()` : null,
  }).where(eq(webhookDeliveries.id, d.id)));
  if (!ok && !dead) throw new Error(outcome.error ?? 'webhook delivery failed');
}

// Newest first, like the rest of the integration log.
const spec: ListSpec = { sortable: { createdAt: webhookDeliveries.createdAt }, defaultSort: '-createdAt', id: webhookDeliveries.id };

export async function listWebhookDeliveries(query: WebhookDeliveryListQuery): Promise<Page<WebhookDelivery>> {
  const plan = keysetPage(spec, { cursor: query.cursor, limit: query.limit });
  const conditions: (SQL | undefined)[] = [eq(webhookDeliveries.tenantId, actor().tenantId), plan.where];
  if (query.subscriptionId) conditions.push(eq(webhookDeliveries.subscriptionId, query.subscriptionId));
  if (query.status) conditions.push(eq(webhookDeliveries.status, query.status));
  const rows = await tx().select().from(webhookDeliveries).where(and(...conditions)).orderBy(...plan.orderBy).limit(plan.limit);
  const page = plan.page(rows, (r) => ({ sortValue: r.createdAt, id: r.id }));
  return { nextCursor: page.nextCursor, items: page.items.map(toWebhookDelivery) };
}

/** Sends a failed or dead webhook delivery again (same delivery id, so receivers can dedupe). */
export async function replayWebhookDelivery(id: string): Promise<WebhookDelivery> {
  const [row] = await tx().select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).for('update');
  if (!row) throw webhookErrors['platform.webhook.deliveryNotFound']();
  if (row.status !== 'failed' && row.status !== 'dead') throw webhookErrors['platform.webhook.notReplayable']({ status: row.status });
  const [updated] = await tx().update(webhookDeliveries).set({ status: 'pending' }).where(eq(webhookDeliveries.id, id)).returning();
  enqueueJob(webhookDeliverJob, { webhookDeliveryId: id });
  return toWebhookDelivery(updated ?? row);
}
