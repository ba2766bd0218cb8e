import { randomBytes } from 'node:crypto';
import { desc, eq } from 'drizzle-orm';
import {
  eventTypes, webhookEventWildcard,
  type WebhookCreateBody, type WebhookSubscription, type WebhookSubscriptionWithSecret, type WebhookUpdateBody, type WebhookUpdateResponse,
} from '@triad/contracts';
import { recordAudit } from '../audit/index.ts';
import { newId, type Db } from '../db/index.ts';
import { emit } from '../events/index.ts';
import { actor, tx } from '../tx/index.ts';
import { assertWebhookUrl } from './url-guard.ts';
import { webhookErrors } from './webhooks.errors.ts';
import { webhookSubscriptions } from './webhooks.tables.ts';

type Row = typeof webhookSubscriptions.$inferSelect;

const known = new Set<string>([...eventTypes, webhookEventWildcard]);

function newSecret(): string {
  return `whsec_${randomBytes(24).toString('base64url')}`;
}

function toSubscription(row: Row): WebhookSubscription {
  return {
    id: row.id,
    name: row.name,
    url: row.url,
    eventTypes: row.eventTypes,
    active: row.active,
    secretHint: `whsec_…${row.secret.slice(-4)}`,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit log keeps of a subscription: never the secret. */
function audited(row: Row) {
  return { name: row.name, url: row.url, eventTypes: row.eventTypes, active: row.active };
}

function checkEventTypes(types: readonly string[]): string[] {
  const unknown = types.filter((t) => !known.has(t));
  if (unknown.length > 0) throw webhookErrors['platform.webhook.eventTypeUnknown']({ types: unknown.join(', ') }, { unknown });
  return [...new Set(types)];
}

async function find(id: string): Promise<Row> {
  const [row] = await tx().select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id)).for('update');
  if (!row) throw webhookErrors['platform.webhook.notFound']();
  return row;
}

export async function listWebhookSubscriptions(): Promise<{ items: WebhookSubscription[] }> {
  const rows = await tx().select().from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.tenantId, actor().tenantId))
    .orderBy(desc(webhookSubscriptions.createdAt), desc(webhookSubscriptions.id));
  return { items: rows.map(toSubscription) };
}

/** The signing secret is generated here and shown in this answer only. */
export async function createWebhookSubscription(body: WebhookCreateBody, allowPrivate: boolean): Promise<WebhookSubscriptionWithSecret> {
  const types = checkEventTypes(body.eventTypes);
  const url = await assertWebhookUrl(body.url, allowPrivate);
  const a = actor();
  const [row] = await tx().insert(webhookSubscriptions).values({
    id: newId(),
    tenantId: a.tenantId,
    name: body.name,
    url: url.toString(),
    secret: newSecret(),
    eventTypes: types,
    active: body.active ?? true,
    createdBy: a.userId ?? null,
  }).returning();
  if (!row) throw new Error('insert returned no row');
  await recordAudit({ entity: 'webhookSubscription', entityId: row.id, action: 'create', after: audited(row) });
  return { ...toSubscription(row), secret: row.secret };
}

export async function updateWebhookSubscription(id: string, body: WebhookUpdateBody, allowPrivate: boolean): Promise<WebhookUpdateResponse> {
  const before = await find(id);
  const patch: Partial<typeof webhookSubscriptions.$inferInsert> = {};
  if (body.name !== undefined) patch.name = body.name;
  if (body.url !== undefined) patch.url = (await assertWebhookUrl(body.url, allowPrivate)).toString();
  if (body.eventTypes !== undefined) patch.eventTypes = checkEventTypes(body.eventTypes);
  if (body.active !== undefined) patch.active = body.active;
  if (body.rotateSecret) patch.secret = newSecret();
  const [row] = Object.keys(patch).length > 0
    ? await tx().update(webhookSubscriptions).set(patch).where(eq(webhookSubscriptions.id, id)).returning()
    : [before];
  if (!row) throw webhookErrors['platform.webhook.notFound']();
  await recordAudit({
    entity: 'webhookSubscription', entityId: id, action: 'update',
    before: audited(before), after: { ...audited(row), secretRotated: body.rotateSecret === true },
  });
  return { ...toSubscription(row), secret: body.rotateSecret ? row.secret : null };
}

/** Past deliveries stay in the log; queued ones find the subscription gone and end as dead. */
export async function deleteWebhookSubscription(id: string): Promise<{ ok: true }> {
  const before = await find(id);
  await tx().delete(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
  await recordAudit({ entity: 'webhookSubscription', entityId: id, action: 'delete', before: audited(before) });
  return { ok: true };
}

/** Sends a `platform.webhook.tested` event to this subscription only (also when it is inactive). */
export async function testWebhookSubscription(id: string): Promise<{ eventId: string }> {
  await find(id);
  return { eventId: emit('platform.webhook.tested', { subscriptionId: id }) };
}

/**
 * Which of a transaction's event types some subscription of the tenant wants: lets the outbox skip
 * the webhook fan-out entirely for tenants (and events) without subscribers.
 */
export async function subscribedTypes(db: Db, types: readonly string[]): Promise<Set<string>> {
  const rows = await db.select({ eventTypes: webhookSubscriptions.eventTypes }).from(webhookSubscriptions)
    .where(eq(webhookSubscriptions.active, true));
  const wanted = new Set<string>();
  for (const type of types) {
    if (type === 'platform.webhook.tested' || rows.some((r) => r.eventTypes.includes(type) || r.eventTypes.includes(webhookEventWildcard))) wanted.add(type);
  }
  return wanted;
}
