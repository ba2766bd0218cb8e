import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, notInArray } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { asSystem, inTenant, tx } from '../../platform/tx/index.ts';
import { hashToken, randomToken, sessions, verifyPassword } from '../../platform/auth/index.ts';
import { auditLog } from '../../platform/audit/index.ts';
import { tenants } from '../../platform/tenancy/tenant.table.ts';
import { users } from '../../modules/org/infra/org.tables.ts';
import { createTenantWithAdmin } from '../../setup/create-tenant.ts';
import { SetupError } from '../../setup/setup-error.ts';
import { createTenant, listTenants, resetPassword } from '../tenant.commands.ts';

async function adminOf(tenantId: string) {
  const [u] = await inTenant({ tenantId }, () => tx().select().from(users).where(eq(users.username, 'admin')));
  if (!u) throw new Error('no admin');
  return u;
}

async function setupErrorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    if (err instanceof SetupError) return err.code;
    throw err;
  }
  throw new Error('expected a SetupError');
}

describe('tenant commands', () => {
  let ctx: TestContext;
  beforeAll(async () => { ctx = await createTestApp(); });
  afterAll(async () => { await ctx.close(); });

  it('create-tenant makes a company whose admin logs in with the printed password', async () => {
    const r = await createTenant({ code: 'acme', name: '艾克米贸易有限公司' });
    expect(r.generated).toBe(true);
    const admin = await adminOf(r.tenantId);
    expect(await verifyPassword(admin.passwordHash, r.password)).toBe(true);
    const given = await createTenant({ code: 'beta-2', name: 'Beta', adminPassword: 'Given-Pass-1' });
    expect(given).toMatchObject({ generated: false, password: 'Given-Pass-1' });
    expect(await verifyPassword((await adminOf(given.tenantId)).passwordHash, 'Given-Pass-1')).toBe(true);
  });

  it('refuses a taken or malformed code and a short password', async () => {
    expect(await setupErrorOf(createTenant({ code: 'acme', name: 'again' }))).toBe('tenant.codeTaken');
    expect(await setupErrorOf(createTenant({ code: 'Bad Code', name: 'x' }))).toBe('tenant.codeInvalid');
    expect(await setupErrorOf(createTenant({ code: 'short-pw', name: 'x', adminPassword: 'abc' }))).toBe('password.tooShort');
    expect(await asSystem((db) => db.select().from(tenants).where(eq(tenants.code, 'short-pw')))).toHaveLength(0);
  });

  it('lets exactly one of two simultaneous creations of one code win, leaving no stray rows', async () => {
    const results = await Promise.allSettled([
      createTenantWithAdmin({ code: 'race', name: 'A', adminPassword: 'Race-Pass-1' }),
      createTenantWithAdmin({ code: 'race', name: 'B', adminPassword: 'Race-Pass-2' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason instanceof SetupError && rejected.reason.code).toBe('tenant.codeTaken');
    const known = (await asSystem((db) => db.select({ id: tenants.id }).from(tenants))).map((t) => t.id);
    const strays = await asSystem((db) => db.select().from(users).where(notInArray(users.tenantId, known)));
    expect(strays).toHaveLength(0);
  });

  it('reset-password sets a new password, ends the sessions and leaves an audit entry', async () => {
    const [acme] = await asSystem((db) => db.select().from(tenants).where(eq(tenants.code, 'acme')));
    if (!acme) throw new Error('acme missing');
    const admin = await adminOf(acme.id);
    await inTenant({ tenantId: acme.id }, () => tx().insert(sessions).values({
      idHash: hashToken(randomToken()), tenantId: acme.id, userId: admin.id, csrfToken: 'c', expiresAt: new Date(Date.now() + 3600_000),
    }));
    const r = await resetPassword({ tenantCode: 'acme', username: 'admin' });
    expect(r.generated).toBe(true);
    const after = await adminOf(acme.id);
    expect(await verifyPassword(after.passwordHash, r.password)).toBe(true);
    expect(await verifyPassword(after.passwordHash, 'Given-Pass-1')).toBe(false);
    const left = await inTenant({ tenantId: acme.id }, () => tx().select().from(sessions).where(eq(sessions.userId, admin.id)));
    expect(left).toHaveLength(0);
    const audit = await inTenant({ tenantId: acme.id }, () => tx().select().from(auditLog)
      .where(and(eq(auditLog.entityId, admin.id), eq(auditLog.action, 'resetPassword'))));
    expect(audit).toEqual([expect.objectContaining({ entity: 'user', userName: 'cli' })]);

    const chosen = await resetPassword({ tenantCode: 'acme', username: 'admin', password: 'Chosen-Pass-9' });
    expect(chosen.generated).toBe(false);
    expect(await verifyPassword((await adminOf(acme.id)).passwordHash, 'Chosen-Pass-9')).toBe(true);
  });

  it('reset-password lets an admin locked out by failed sign-ins straight back in', async () => {
    const login = (password: string) => ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password, tenantCode: 'beta-2' } });
    let status = 0;
    for (let i = 0; i < 10 && status !== 429; i += 1) status = (await login('wrong-password')).statusCode;
    expect(status).toBe(429);
    const r = await resetPassword({ tenantCode: 'beta-2', username: 'admin' });
    expect((await login(r.password)).statusCode).toBe(200);
  });

  it('reset-password names what it cannot find', async () => {
    expect(await setupErrorOf(resetPassword({ tenantCode: 'nope', username: 'admin' }))).toBe('tenant.notFound');
    expect(await setupErrorOf(resetPassword({ tenantCode: 'acme', username: 'ghost' }))).toBe('user.notFound');
    expect(await setupErrorOf(resetPassword({ tenantCode: 'acme', username: 'admin', password: 'short' }))).toBe('password.tooShort');
  });

  it('list-tenants shows every company with its user count', async () => {
    const rows = await listTenants();
    expect(rows.map((t) => t.code)).toEqual(expect.arrayContaining(['acme', 'beta-2', 'race']));
    expect(rows.find((t) => t.code === 'acme')).toMatchObject({ name: '艾克米贸易有限公司', users: 1, isDemo: false });
  });
});
