import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createTestAppWith } from '../../apps/server/src/testing/test-app-with.ts';
import type { TestContext } from '../../apps/server/src/testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant, type TestUser } from '../../apps/server/src/testing/fixtures.ts';
import { asCaller } from '../../apps/server/src/platform/access/index.ts';
import { recordAudit } from '../../apps/server/src/platform/audit/index.ts';
import { newId } from '../../apps/server/src/platform/db/index.ts';
import { inTenant, tx } from '../../apps/server/src/platform/tx/index.ts';
import { requestFingerprint } from '../../apps/server/src/platform/http/index.ts';

let t: TestContext;
let a: TestTenant;
let alice: TestUser;
let aliceHeaders: AuthHeaders;
let bobHeaders: AuthHeaders;
let otherTenantHeaders: AuthHeaders;
let runs = 0;
let flakyCalls = 0;

const url = '/api/v1/test/idempotent-entries';

beforeAll(async () => {
  t = await createTestAppWith((base) => {
    const app = base.withTypeProvider<ZodTypeProvider>();
    // Writes one audit row per real execution and takes a moment, so duplicates overlap.
    app.post(url, {
      config: { authenticated: true },
      schema: { body: z.object({ note: z.string().max(100) }) },
    }, async (request, reply) => {
      const run = ++runs;
      const id = newId();
      await asCaller(request, async () => {
        await recordAudit({ entity: 'idempotencyTest', entityId: id, action: 'create', after: request.body });
        await sleep(30);
      });
      return reply.status(201).send({ id, run, note: request.body.note });
    });
    // Fails with a server error the first time, then works.
    app.post('/api/v1/test/flaky', { config: { authenticated: true } }, async () => {
      flakyCalls += 1;
      if (flakyCalls === 1) throw new Error('database went away');
      return { attempt: flakyCalls };
    });
  });
  a = await createTenant();
  alice = await createUser(a, { permissions: [] });
  aliceHeaders = await sessionHeaders(alice);
  bobHeaders = await sessionHeaders(await createUser(a, { permissions: [] }));
  otherTenantHeaders = await sessionHeaders(await createUser(await createTenant(), { permissions: [] }));
});
afterAll(async () => { await t.close(); });

async function rows(): Promise<number> {
  const { rows: r } = await t.database.raw(`select count(*)::int as n from audit_log where entity = 'idempotencyTest'`);
  return Number(r[0]?.n);
}

function post(headers: AuthHeaders, key: string | undefined, payload: unknown) {
  return t.app.inject({ method: 'POST', url, headers: key === undefined ? headers : { ...headers, 'idempotency-key': key }, payload: payload as object });
}

describe('Idempotency-Key', () => {
  it('replays the first response to a retry and runs the command once', async () => {
    const before = await rows();
    const first = await post(aliceHeaders, 'retry-1', { note: '采购申请' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotency-replayed']).toBeUndefined();
    const again = await post(aliceHeaders, 'retry-1', { note: '采购申请' });
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect(again.headers['idempotency-replayed']).toBe('true');
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(await rows()).toBe(before + 1);
  });

  it('refuses the same key with a different request', async () => {
    await post(aliceHeaders, 'mismatch-1', { note: 'one' });
    const other = await post(aliceHeaders, 'mismatch-1', { note: 'two' });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('common.idempotencyMismatch');
    // Another user of the same company reusing the key is a different request too.
    const bob = await post(bobHeaders, 'mismatch-1', { note: 'one' });
    expect(bob.statusCode).toBe(422);
  });

  it('gives 20 concurrent duplicates one effect and one answer', async () => {
    const before = await rows();
    const answers = await Promise.all(Array.from({ length: 20 }, () => post(aliceHeaders, 'burst-1', { note: '并发' })));
    expect(new Set(answers.map((r) => r.statusCode))).toEqual(new Set([201]));
    expect(new Set(answers.map((r) => r.body)).size).toBe(1);
    expect(answers.filter((r) => r.headers['idempotency-replayed'] === undefined)).toHaveLength(1);
    expect(await rows()).toBe(before + 1);
  });

  it('keeps keys of different companies apart', async () => {
    const before = await rows();
    const mine = await post(aliceHeaders, 'shared-key', { note: 'x' });
    const theirs = await post(otherTenantHeaders, 'shared-key', { note: 'x' });
    expect(mine.statusCode).toBe(201);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.headers['idempotency-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(await rows()).toBe(before + 2);
  });

  it('runs every request that carries no key', async () => {
    const before = await rows();
    await post(aliceHeaders, undefined, { note: 'x' });
    await post(aliceHeaders, undefined, { note: 'x' });
    expect(await rows()).toBe(before + 2);
  });

  it('refuses a malformed key before running anything', async () => {
    const before = await rows();
    for (const key of ['', 'x'.repeat(201), 'has space', '中文键', 'semi;colon']) {
      const res = await post(aliceHeaders, key, { note: 'x' });
      expect(res.statusCode, key).toBe(400);
      expect(res.json().error.code).toBe('common.validation');
    }
    expect(await rows()).toBe(before);
  });

  it('does not keep a server error: the retry runs again', async () => {
    const headers = { ...aliceHeaders, 'idempotency-key': 'flaky-1' };
    const failed = await t.app.inject({ method: 'POST', url: '/api/v1/test/flaky', headers });
    expect(failed.statusCode).toBe(500);
    const retried = await t.app.inject({ method: 'POST', url: '/api/v1/test/flaky', headers });
    expect(retried.statusCode).toBe(200);
    expect(retried.json()).toEqual({ attempt: 2 });
    const replayed = await t.app.inject({ method: 'POST', url: '/api/v1/test/flaky', headers });
    expect(replayed.json()).toEqual({ attempt: 2 });
    expect(flakyCalls).toBe(2);
  });

  it('takes over a key whose first request was abandoned', async () => {
    await inTenant({ tenantId: a.id }, () => tx().execute(sql`insert into idempotency_keys (tenant_id, key, user_id, method, path, request_hash, state, created_at)
      values (${a.id}, 'abandoned-1', ${alice.id}, 'POST', ${url}, 'crashed', 'pending', now() - interval '2 minutes')`));
    const res = await post(aliceHeaders, 'abandoned-1', { note: 'after crash' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['idempotency-replayed']).toBeUndefined();
  });

  it('lets a duplicate wait for the running first request, then answers 409 if it never ends', async () => {
    const hash = requestFingerprint('POST', url, alice.id, { note: 'slow' });
    await inTenant({ tenantId: a.id }, () => tx().execute(sql`insert into idempotency_keys (tenant_id, key, user_id, method, path, request_hash, state)
      values (${a.id}, 'running-1', ${alice.id}, 'POST', ${url}, ${hash}, 'pending')`));
    const waiting = post(aliceHeaders, 'running-1', { note: 'slow' });
    await sleep(300);
    const stored = JSON.stringify({ finished: true });
    await inTenant({ tenantId: a.id }, () => tx().execute(sql`update idempotency_keys set state = 'done', response_status = 201,
      response_body = ${JSON.stringify({ contentType: 'application/json; charset=utf-8', body: stored })}::jsonb where key = 'running-1'`));
    const res = await waiting;
    expect(res.statusCode).toBe(201);
    expect(res.body).toBe(stored);

    await inTenant({ tenantId: a.id }, () => tx().execute(sql`insert into idempotency_keys (tenant_id, key, user_id, method, path, request_hash, state)
      values (${a.id}, 'stuck-1', ${alice.id}, 'POST', ${url}, ${hash}, 'pending')`));
    const started = Date.now();
    const stuck = await post(aliceHeaders, 'stuck-1', { note: 'slow' });
    expect(stuck.statusCode).toBe(409);
    expect(stuck.json().error.code).toBe('common.idempotencyInProgress');
    expect(Date.now() - started).toBeGreaterThanOrEqual(9_000);
  });
});
