import { count, eq } from 'drizzle-orm';
import { asSystem, inTenant, tx } from '../platform/tx/index.ts';
import { hashPassword, revokeUserSessions } from '../platform/auth/index.ts';
import { recordAudit } from '../platform/audit/index.ts';
import { clearLoginFailures, throttleKeys } from '../platform/auth/login-throttle.ts';
import { tenants } from '../platform/tenancy/tenant.table.ts';
import { users } from '../modules/org/infra/org.tables.ts';
import { assertPassword, createTenantWithAdmin } from '../setup/create-tenant.ts';
import { generatePassword } from '../platform/auth/index.ts';
import { SetupError } from '../setup/setup-error.ts';

export interface PasswordOutcome {
  password: string;
  /** True when the CLI chose it: it must be shown once, since only its hash is stored. */
  generated: boolean;
}

export async function createTenant(opts: { code: string; name: string; adminPassword?: string }): Promise<PasswordOutcome & { tenantId: string }> {
  const generated = opts.adminPassword === undefined;
  const password = opts.adminPassword ?? generatePassword(16);
  const created = await createTenantWithAdmin({ code: opts.code, name: opts.name, adminPassword: password });
  return { tenantId: created.tenantId, password, generated };
}

async function tenantByCode(code: string): Promise<{ id: string; name: string }> {
  const [t] = await asSystem((db) => db.select({ id: tenants.id, name: tenants.name }).from(tenants).where(eq(tenants.code, code)));
  if (!t) throw new SetupError('tenant.notFound', `No tenant with code "${code}" (see list-tenants).`);
  return t;
}

/**
 * The way back in for a locked-out administrator: sets a new password, ends the user's sessions,
 * lifts a lock left by failed sign-ins, and leaves an audit entry naming the CLI as the actor.
 */
export async function resetPassword(opts: { tenantCode: string; username: string; password?: string }): Promise<PasswordOutcome> {
  const generated = opts.password === undefined;
  const password = opts.password ?? generatePassword(16);
  assertPassword(password);
  const tenant = await tenantByCode(opts.tenantCode);
  const passwordHash = await hashPassword(password);
  await inTenant({ tenantId: tenant.id, userName: 'cli' }, async () => {
    const [user] = await tx().select({ id: users.id }).from(users).where(eq(users.username, opts.username));
    if (!user) throw new SetupError('user.notFound', `No user "${opts.username}" in tenant "${opts.tenantCode}".`);
    const now = new Date();
    await tx().update(users).set({ passwordHash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, user.id));
    await revokeUserSessions(user.id);
    await recordAudit({ entity: 'user', entityId: user.id, action: 'resetPassword', after: { via: 'cli' } });
  });
  await clearLoginFailures(throttleKeys(opts.username, ''));
  return { password, generated };
}

export interface TenantSummary { code: string; name: string; isDemo: boolean; users: number; createdAt: Date }

export async function listTenants(): Promise<TenantSummary[]> {
  return asSystem(async (db) => {
    const rows = await db.select().from(tenants).orderBy(tenants.createdAt);
    const counts = await db.select({ tenantId: users.tenantId, n: count() }).from(users).groupBy(users.tenantId);
    const byTenant = new Map(counts.map((c) => [c.tenantId, Number(c.n)]));
    return rows.map((t) => ({ code: t.code, name: t.name, isDemo: t.isDemo, users: byTenant.get(t.id) ?? 0, createdAt: t.createdAt }));
  });
}
