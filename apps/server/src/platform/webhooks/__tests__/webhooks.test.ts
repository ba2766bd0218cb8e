import { createHmac } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDelivery, WebhookSubscription, WebhookSubscriptionWithSecret } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { emit, eventDeliveries } from '../../events/index.ts';
import { setRetryPolicy } from '../../jobs/index.ts';
import { asSystem, inTenant } from '../../tx/index.ts';
import { webhookDeliverJob } from '../index.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

let t: TestContext;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  t = await createTestApp({ webhookAllowPrivate: true });
  // Partners' outages last minutes in production; here retries follow each other at once.
  setRetryPolicy(webhookDeliverJob, { retryLimit: 2, retryDelay: 0, retryBackoff: false });
});
afterAll(async () => {
  await t.close();
  await receiver.close();
});

async function waitFor<T>(probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

interface Company { tenant: TestTenant; admin: AuthHeaders }

async function company(): Promise<Company> {
  const tenant = await createTenant();
  const admin = await sessionHeaders(await createUser(tenant, {
    permissions: ['platform.webhook.manage', 'platform.integration.read', 'platform.integration.replay'],
  }));
  return { tenant, admin };
}

async function subscribe(c: Company, eventTypes: string[], path = '/hooks/triad'): Promise<WebhookSubscriptionWithSecret> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/v1/integration/webhooks', headers: c.admin,
    payload: { name: 'ERP 对接', url: `http://127.0.0.1:${receiver.port}${path}`, eventTypes },
  });
  expect(res.statusCode).toBe(200);
  return res.json() as WebhookSubscriptionWithSecret;
}

async function deliveries(c: Company, subscriptionId: string): Promise<WebhookDelivery[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/integration/webhook-deliveries?subscriptionId=${subscriptionId}`, headers: c.admin });
  expect(res.statusCode).toBe(200);
  return (res.json() as { items: WebhookDelivery[] }).items;
}

async function settled(c: Company, subscriptionId: string, status: string): Promise<WebhookDelivery> {
  return waitFor(async () => (await deliveries(c, subscriptionId)).find((d) => d.status === status));
}

const requestsTo = (path: string) => receiver.requests.filter((r) => r.path === path);
const userCreated = { userId: '0190d6f2-8a51-7c0e-9a43-2b1f0c3d4e5f', username: 'han.meimei', departmentId: null };

describe('outbound webhooks', () => {
  it('POSTs a signed delivery whose HMAC verifies with the subscription secret', async () => {
    const c = await company();
    const sub = await subscribe(c, ['org.user.created'], '/signed');
    expect(sub.secret).toMatch(/^whsec_/);
    const eventId = await inTenant({ tenantId: c.tenant.id }, async () => emit('org.user.created', userCreated));
    const delivery = await settled(c, sub.id, 'succeeded');
    expect(delivery).toMatchObject({ eventId, eventType: 'org.user.created', attempts: 1, responseStatus: 200, lastError: null });

    const [req] = requestsTo('/signed');
    expect(req).toBeDefined();
    if (!req) return;
    expect(req.method).toBe('POST');
    expect(req.headers['x-triad-event']).toBe('org.user.created');
    expect(req.headers['x-triad-delivery']).toBe(delivery.id);
    const timestamp = String(req.headers['x-triad-timestamp']);
    const expected = `sha256=${createHmac('sha256', sub.secret).update(`${timestamp}.${req.body}`).digest('hex')}`;
    expect(req.headers['x-triad-signature']).toBe(expected);
    const forged = `sha256=${createHmac('sha256', 'whsec_wrong').update(`${timestamp}.${req.body}`).digest('hex')}`;
    expect(req.headers['x-triad-signature']).not.toBe(forged);
    expect(JSON.parse(req.body)).toEqual({
      id: eventId, type: 'org.user.created', tenantId: c.tenant.id, occurredAt: expect.any(String), payload: userCreated,
    });
  });

  it('sends only subscribed event types, and no fan-out work for a company without subscribers', async () => {
    const c = await company();
    const sub = await subscribe(c, ['org.user.disabled'], '/filtered');
    const ignored = await inTenant({ tenantId: c.tenant.id }, async () => emit('org.user.created', userCreated));
    await inTenant({ tenantId: c.tenant.id }, async () => emit('org.user.disabled', { userId: userCreated.userId }));
    await settled(c, sub.id, 'succeeded');
    expect(requestsTo('/filtered').map((r) => r.headers['x-triad-event'])).toEqual(['org.user.disabled']);
    const fanout = await asSystem((db) => db.select().from(eventDeliveries).where(eq(eventDeliveries.eventId, ignored)));
    expect(fanout.filter((d) => d.handler === 'webhooks.fanout')).toEqual([]);

    const quiet = await company();
    const none = await inTenant({ tenantId: quiet.tenant.id }, async () => emit('org.user.created', userCreated));
    const rows = await asSystem((db) => db.select().from(eventDeliveries).where(eq(eventDeliveries.eventId, none)));
    expect(rows.filter((d) => d.handler === 'webhooks.fanout')).toEqual([]);
  });

  it('retries after a 500 from the receiver, with the same delivery id, until it succeeds', async () => {
    const c = await company();
    const sub = await subscribe(c, ['*'], '/flaky');
    receiver.respondWith([500, 503]);
    await inTenant({ tenantId: c.tenant.id }, async () => emit('org.user.enabled', { userId: userCreated.userId }));
    const delivery = await settled(c, sub.id, 'succeeded');
    expect(delivery.attempts).toBe(3);
    expect(delivery.responseStatus).toBe(200);
    const got = requestsTo('/flaky');
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.headers['x-triad-delivery']))).toEqual(new Set([delivery.id]));
  });

  it('ends dead after the retry limit, logs the last answer, and succeeds when replayed', async () => {
    const c = await company();
    const sub = await subscribe(c, ['org.role.updated'], '/down');
    receiver.respondWith([500, 500, 500]);
    await inTenant({ tenantId: c.tenant.id }, async () => emit('org.role.updated', { roleId: userCreated.userId }));
    const dead = await settled(c, sub.id, 'dead');
    expect(dead).toMatchObject({ attempts: 3, responseStatus: 500, lastError: 'HTTP 500' });

    const replay = await t.app.inject({ method: 'POST', url: `/api/v1/integration/webhook-deliveries/${dead.id}/replay`, headers: c.admin });
    expect(replay.statusCode).toBe(200);
    const ok = await settled(c, sub.id, 'succeeded');
    expect(ok).toMatchObject({ id: dead.id, attempts: 4, responseStatus: 200, lastError: null });
    const again = await t.app.inject({ method: 'POST', url: `/api/v1/integration/webhook-deliveries/${dead.id}/replay`, headers: c.admin });
    expect(again.statusCode).toBe(409);
  });

  it('sends a test event to one subscription only', async () => {
    const c = await company();
    const target = await subscribe(c, ['org.user.created'], '/test-target');
    await subscribe(c, ['*'], '/test-other');
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/integration/webhooks/${target.id}/test`, headers: c.admin });
    expect(res.statusCode).toBe(200);
    await settled(c, target.id, 'succeeded');
    const [req] = requestsTo('/test-target');
    expect(req?.headers['x-triad-event']).toBe('platform.webhook.tested');
    expect(JSON.parse(req?.body ?? '{}').payload).toEqual({ subscriptionId: target.id });
    expect(requestsTo('/test-other')).toEqual([]);
  });
});

describe('webhook subscriptions', () => {
  it('shows the secret once, masks it in lists, rotates it on request', async () => {
    const c = await company();
    const sub = await subscribe(c, ['org.user.created']);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/integration/webhooks', headers: c.admin });
    const items = (list.json() as { items: WebhookSubscription[] }).items;
    expect(items).toHaveLength(1);
    expect(items[0]).not.toHaveProperty('secret');
    expect(items[0]?.secretHint).toBe(`whsec_…${sub.secret.slice(-4)}`);

    const patched = await t.app.inject({
      method: 'PATCH', url: `/api/v1/integration/webhooks/${sub.id}`, headers: c.admin,
      payload: { active: false, rotateSecret: true, eventTypes: ['org.user.created', 'org.user.updated'] },
    });
    expect(patched.statusCode).toBe(200);
    const body = patched.json() as { secret: string | null; active: boolean; eventTypes: string[] };
    expect(body.active).toBe(false);
    expect(body.eventTypes).toEqual(['org.user.created', 'org.user.updated']);
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secret).not.toBe(sub.secret);

    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/integration/webhooks/${sub.id}`, headers: c.admin });
    expect(del.statusCode).toBe(200);
    const gone = await t.app.inject({ method: 'PATCH', url: `/api/v1/integration/webhooks/${sub.id}`, headers: c.admin, payload: { name: 'x' } });
    expect(gone.statusCode).toBe(404);
  });

  it('refuses unknown event types and non-http URLs, and requires the permission', async () => {
    const c = await company();
    const unknown = await t.app.inject({
      method: 'POST', url: '/api/v1/integration/webhooks', headers: c.admin,
      payload: { name: 'x', url: receiver.url, eventTypes: ['org.user.exploded'] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('platform.webhook.eventTypeUnknown');
    for (const url of ['ftp://127.0.0.1/x', 'file:///etc/passwd', 'http://user:pw@127.0.0.1/', 'not a url']) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/integration/webhooks', headers: c.admin, payload: { name: 'x', url, eventTypes: ['*'] } });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe('platform.webhook.urlInvalid');
    }
    const clerk = await sessionHeaders(await createUser(c.tenant, { permissions: ['platform.integration.read'] }));
    const denied = await t.app.inject({ method: 'POST', url: '/api/v1/integration/webhooks', headers: clerk, payload: { name: 'x', url: receiver.url, eventTypes: ['*'] } });
    expect(denied.statusCode).toBe(403);
  });
});
