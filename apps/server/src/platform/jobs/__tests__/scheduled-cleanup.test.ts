import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { loginThrottle, sessions } from '../../auth/index.ts';
import { idempotencyKeys } from '../../http/index.ts';
import { asSystem, inTenant, tx } from '../../tx/index.ts';
import { boss, cleanupJob, defineJob, enqueueJob, runCleanup, sendJob } from '../index.ts';

const seen: Record<string, unknown>[] = [];
defineJob('test.collect', async (data) => { seen.push(data); });

let t: TestContext;
let tenant: TestTenant;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
});
afterAll(async () => {
  await t.close();
});

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('scheduled jobs', () => {
  it('registers the daily platform clean-up with pg-boss, in China time', async () => {
    const schedules = await boss().getSchedules(cleanupJob);
    expect(schedules).toHaveLength(1);
    expect(schedules[0]).toMatchObject({ name: cleanupJob, cron: '30 3 * * *', timezone: 'Asia/Shanghai' });
  });

  it('clean-up removes expired sessions, day-old idempotency keys and idle login counters only', async () => {
    const user = await createUser(tenant);
    const hour = 3600_000;
    await inTenant({ tenantId: tenant.id }, async () => {
      await tx().insert(sessions).values([
        { idHash: 'expired-session', tenantId: tenant.id, userId: user.id, csrfToken: 'x', expiresAt: new Date(Date.now() - hour) },
        { idHash: 'live-session', tenantId: tenant.id, userId: user.id, csrfToken: 'x', expiresAt: new Date(Date.now() + hour) },
      ]);
      const key = { tenantId: tenant.id, method: 'POST', path: '/api/v1/x', requestHash: 'h' };
      await tx().insert(idempotencyKeys).values([
        { ...key, key: 'old-key', createdAt: new Date(Date.now() - 25 * hour) },
        { ...key, key: 'fresh-key' },
      ]);
    });
    await asSystem((db) => db.insert(loginThrottle).values([
      { key: 'user:old', failures: 3, lastFailureAt: new Date(Date.now() - 25 * hour) },
      { key: 'user:locked', failures: 9, lastFailureAt: new Date(Date.now() - 25 * hour), lockedUntil: new Date(Date.now() + hour) },
      { key: 'user:recent', failures: 1 },
    ]));

    const removed = await runCleanup();
    expect(removed).toEqual({ sessions: 1, idempotencyKeys: 1, loginThrottle: 1 });
    const left = await asSystem(async (db) => ({
      sessions: (await db.select({ k: sessions.idHash }).from(sessions).where(eq(sessions.tenantId, tenant.id))).map((r) => r.k),
      keys: (await db.select({ k: idempotencyKeys.key }).from(idempotencyKeys).where(eq(idempotencyKeys.tenantId, tenant.id))).map((r) => r.k),
      throttle: (await db.select({ k: loginThrottle.key }).from(loginThrottle).where(sql`${loginThrottle.key} like 'user:%'`)).map((r) => r.k).sort(),
    }));
    expect(left).toEqual({ sessions: ['live-session'], keys: ['fresh-key'], throttle: ['user:locked', 'user:recent'] });
  });

  it('runs the clean-up as a job, the way the schedule fires it', async () => {
    const id = await sendJob(cleanupJob, {});
    const job = await waitForJob(cleanupJob, id ?? '');
    expect(job).toBe('completed');
  });
});

async function waitForJob(queue: string, id: string): Promise<string> {
  const start = Date.now();
  for (;;) {
    const [job] = await boss().findJobs(queue, { id });
    if (job && (job.state === 'completed' || job.state === 'failed')) return job.state;
    if (Date.now() - start > 20_000) throw new Error('timed out waiting for the job');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('jobs enqueued with a transaction', () => {
  it('run after commit with the tenant added, and not at all after a rollback', async () => {
    await inTenant({ tenantId: tenant.id }, async () => { enqueueJob('test.collect', { n: 1 }); });
    await expect(inTenant({ tenantId: tenant.id }, async () => {
      enqueueJob('test.collect', { n: 2 });
      throw new Error('rolled back');
    })).rejects.toThrow('rolled back');
    await inTenant({ tenantId: tenant.id }, async () => { enqueueJob('test.collect', { n: 3 }); });
    await waitFor(() => (seen.some((d) => d.n === 3) && seen.some((d) => d.n === 1) ? true : undefined));
    expect(seen.map((d) => d.n).sort()).toEqual([1, 3]);
    expect(seen[0]).toMatchObject({ tenantId: tenant.id });
  });

  it('refuses a job nobody defined, failing the transaction instead of losing the job', async () => {
    await expect(inTenant({ tenantId: tenant.id }, async () => { enqueueJob('test.undefined', {}); }))
      .rejects.toThrow("unknown job 'test.undefined'");
  });
});
