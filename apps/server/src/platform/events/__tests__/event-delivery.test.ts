import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventDelivery, EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { auditLog, recordAudit } from '../../audit/index.ts';
import { boss, sendJob } from '../../jobs/index.ts';
import { asSystem, inTenant, tx, unitOfWork } from '../../tx/index.ts';
import { emit, eventDeliveries, eventReceipts, handlerQueue, onEvent } from '../index.ts';

// Handlers are registered at module load, as modules do, before the job runtime starts.
const calls = { counter: 0, flaky: 0, broken: 0 };
let brokenFixed = false;

/** The handler's effect: an audit row in the event's tenant, in the handler's transaction. */
const effect = (handler: string, event: EventEnvelope) => recordAudit({ entity: 'testEffect', entityId: event.id, action: handler });

onEvent('org.user.created', 'test.counter', async (event) => {
  calls.counter += 1;
  await effect('test.counter', event);
});
onEvent('org.user.updated', 'test.flaky', async (event) => {
  calls.flaky += 1;
  await effect('test.flaky', event);
  if (calls.flaky < 3) throw new Error(`flaky failure ${calls.flaky}`);
}, { retryLimit: 3, retryDelay: 0, retryBackoff: false });
onEvent('org.user.disabled', 'test.broken', async (event) => {
  calls.broken += 1;
  await effect('test.broken', event);
  if (!brokenFixed) throw new Error('partner system unavailable');
}, { retryLimit: 1, retryDelay: 0, retryBackoff: false });

let t: TestContext;
let tenant: TestTenant;
let admin: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  admin = await sessionHeaders(await createUser(tenant, { permissions: ['platform.integration.read', 'platform.integration.replay'] }));
});
afterAll(async () => {
  await t.close();
});

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const userPayload = { userId: '0190d6f2-8a51-7c0e-9a43-2b1f0c3d4e5f', username: 'li.lei', departmentId: null };

async function deliveryOf(eventId: string, handler: string) {
  const [row] = await asSystem((db) => db.select().from(eventDeliveries)
    .where(and(eq(eventDeliveries.eventId, eventId), eq(eventDeliveries.handler, handler))));
  return row;
}

async function deliveryWithStatus(eventId: string, handler: string, status: string) {
  const row = await deliveryOf(eventId, handler);
  return row?.status === status ? row : undefined;
}

async function effects(eventId: string, handler: string): Promise<number> {
  const rows = await asSystem((db) => db.select({ id: auditLog.id }).from(auditLog)
    .where(and(eq(auditLog.entity, 'testEffect'), eq(auditLog.entityId, eventId), eq(auditLog.action, handler))));
  return rows.length;
}

describe('event delivery', () => {
  it('delivers an event of a committed transaction once, after commit', async () => {
    const before = calls.counter;
    const eventId = await inTenant({ tenantId: tenant.id }, async () => emit('org.user.created', userPayload));
    const row = await waitFor(() => deliveryWithStatus(eventId, 'test.counter', 'succeeded'));
    expect(row.attempts).toBe(1);
    expect(row.tenantId).toBe(tenant.id);
    expect(calls.counter - before).toBe(1);
    expect(await effects(eventId, 'test.counter')).toBe(1);
    // Other modules may handle the same event type; this handler has exactly one receipt.
    const receipts = await asSystem((db) => db.select().from(eventReceipts)
      .where(and(eq(eventReceipts.eventId, eventId), eq(eventReceipts.handler, 'test.counter'))));
    expect(receipts).toHaveLength(1);
  });

  it('delivers nothing for a rolled-back transaction: no delivery row, no job', async () => {
    let eventId = '';
    await expect(inTenant({ tenantId: tenant.id }, async () => {
      eventId = emit('org.user.created', userPayload);
      throw new Error('business rule violated');
    })).rejects.toThrow('business rule violated');
    expect(await deliveryOf(eventId, 'test.counter')).toBeUndefined();
    const jobs = await boss().findJobs(handlerQueue('test.counter'), { data: { event: { id: eventId } } });
    expect(jobs).toHaveLength(0);
  });

  it('keeps later commit hooks under row-level security after writing the outbox', async () => {
    const role = await inTenant({ tenantId: tenant.id }, async () => {
      emit('org.user.created', userPayload);
      let seen = '';
      unitOfWork().beforeCommit.push(async (db) => {
        const r = (await db.execute(sql`select current_user as u`)) as { rows: { u: string }[] };
        seen = r.rows[0]?.u ?? '';
      });
      return () => seen;
    });
    expect(role()).toBe('triad_app');
  });

  it('retries a failing handler with its writes rolled back each time, then succeeds', async () => {
    const eventId = await inTenant({ tenantId: tenant.id }, async () => emit('org.user.updated', { userId: userPayload.userId }));
    const row = await waitFor(() => deliveryWithStatus(eventId, 'test.flaky', 'succeeded'));
    expect(row.attempts).toBe(3);
    expect(row.lastError).toBeNull();
    expect(calls.flaky).toBe(3);
    // Two failed attempts rolled their audit row back; only the successful one stays.
    expect(await effects(eventId, 'test.flaky')).toBe(1);
  });

  it('runs the effect once when the same delivery job arrives twice', async () => {
    const eventId = await inTenant({ tenantId: tenant.id }, async () => emit('org.user.created', userPayload));
    const row = await waitFor(() => deliveryWithStatus(eventId, 'test.counter', 'succeeded'));
    const before = calls.counter;
    const duplicate = await sendJob(handlerQueue('test.counter'), { deliveryId: row.id, event: row.payload as Record<string, unknown> });
    expect(duplicate).toBeTruthy();
    await waitFor(async () => {
      const [job] = await boss().findJobs(handlerQueue('test.counter'), { id: duplicate ?? '' });
      return job?.state === 'completed' ? job : undefined;
    });
    expect(calls.counter).toBe(before);
    expect(await effects(eventId, 'test.counter')).toBe(1);
    expect((await deliveryOf(eventId, 'test.counter'))?.attempts).toBe(1);
  });

  it('marks a delivery dead after the retry limit; an administrator sees it and replays it', async () => {
    const eventId = await inTenant({ tenantId: tenant.id }, async () => emit('org.user.disabled', { userId: userPayload.userId }));
    const dead = await waitFor(() => deliveryWithStatus(eventId, 'test.broken', 'dead'));
    expect(dead.attempts).toBe(2);
    expect(dead.lastError).toBe('partner system unavailable');
    expect(await effects(eventId, 'test.broken')).toBe(0);

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/integration/deliveries?status=dead&handler=test.broken', headers: admin });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: EventDelivery[] }).items;
    expect(items.map((d) => d.eventId)).toContain(eventId);
    const shown = items.find((d) => d.eventId === eventId);
    expect(shown).toMatchObject({ status: 'dead', eventType: 'org.user.disabled', attempts: 2, payload: { userId: userPayload.userId } });

    brokenFixed = true;
    const replay = await t.app.inject({ method: 'POST', url: `/api/v1/integration/deliveries/${dead.id}/replay`, headers: admin });
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toMatchObject({ id: dead.id, status: 'pending' });
    const done = await waitFor(() => deliveryWithStatus(eventId, 'test.broken', 'succeeded'));
    expect(done.attempts).toBe(3);
    expect(await effects(eventId, 'test.broken')).toBe(1);

    const again = await t.app.inject({ method: 'POST', url: `/api/v1/integration/deliveries/${dead.id}/replay`, headers: admin });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('platform.integration.notReplayable');
  });
});

describe('integration log API', () => {
  it('pages newest first and shows only the caller tenant', async () => {
    const other = await createTenant('另一家公司');
    const otherAdmin = await sessionHeaders(await createUser(other, { permissions: ['platform.integration.read'] }));
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(await inTenant({ tenantId: tenant.id }, async () => emit('org.user.created', userPayload)));
    for (const id of ids) await waitFor(() => deliveryWithStatus(id, 'test.counter', 'succeeded'));

    const first = await t.app.inject({ method: 'GET', url: '/api/v1/integration/deliveries?handler=test.counter&limit=2', headers: admin });
    const page1 = first.json() as { items: EventDelivery[]; nextCursor: string | null };
    expect(page1.items.map((d) => d.eventId)).toEqual([ids[2], ids[1]]);
    expect(page1.nextCursor).toBeTruthy();
    const second = await t.app.inject({
      method: 'GET', url: `/api/v1/integration/deliveries?handler=test.counter&limit=2&cursor=${page1.nextCursor}`, headers: admin,
    });
    expect((second.json() as { items: EventDelivery[] }).items[0]?.eventId).toBe(ids[0]);

    const foreign = await t.app.inject({ method: 'GET', url: '/api/v1/integration/deliveries', headers: otherAdmin });
    expect((foreign.json() as { items: EventDelivery[] }).items).toEqual([]);
  });

  it('requires the integration permissions', async () => {
    const clerk = await sessionHeaders(await createUser(tenant, { permissions: ['org.user.read'] }));
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/integration/deliveries', headers: clerk });
    expect(list.statusCode).toBe(403);
    const replay = await t.app.inject({ method: 'POST', url: `/api/v1/integration/deliveries/${userPayload.userId}/replay`, headers: clerk });
    expect(replay.statusCode).toBe(403);
    const missing = await t.app.inject({ method: 'POST', url: `/api/v1/integration/deliveries/${userPayload.userId}/replay`, headers: admin });
    expect(missing.statusCode).toBe(404);
  });

  it('lists every event type with Chinese and English labels', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/integration/event-types', headers: admin });
    expect(res.statusCode).toBe(200);
    const items = (res.json() as { items: { type: string; label: Record<string, string> }[] }).items;
    expect(items.find((i) => i.type === 'org.user.created')?.label).toEqual({ 'zh-CN': '用户已创建', 'en-US': 'User created' });
  });
});

describe('role of the business transaction', () => {
  it('writes delivery rows under the tenant, invisible to another tenant', async () => {
    const other = await createTenant('隔离测试公司');
    const eventId = await inTenant({ tenantId: tenant.id }, async () => emit('org.user.created', userPayload));
    await waitFor(() => deliveryWithStatus(eventId, 'test.counter', 'succeeded'));
    const seen = await inTenant({ tenantId: other.id }, () => tx().select().from(eventDeliveries).where(eq(eventDeliveries.eventId, eventId)));
    expect(seen).toEqual([]);
  });
});
