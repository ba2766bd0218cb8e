import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { testDbKind } from '../../../testing/test-database.ts';
import { createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant, tx } from '../../tx/index.ts';
import { newId } from '../../db/index.ts';
import { users } from '../../../modules/org/index.ts';

let t: TestContext;
let a: TestTenant;
let b: TestTenant;

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant('甲公司');
  b = await createTenant('乙公司');
  await createUser(a, { username: 'shared.name' });
  await createUser(b, { username: 'shared.name' });
});
afterAll(async () => { await t.close(); });

describe('row-level security', () => {
  it('covers every table that has a tenant_id column', async () => {
    const { rows } = await t.database.raw(`
      select c.relname as name, c.relrowsecurity as rls,
             exists (select 1 from pg_policies p where p.tablename = c.relname and p.policyname = 'tenant_isolation') as policy
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      join pg_attribute att on att.attrelid = c.oid and att.attname = 'tenant_id' and not att.attisdropped
      where n.nspname = 'public' and c.relkind = 'r'`);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) expect({ table: row.name, rls: row.rls, policy: row.policy }).toEqual({ table: row.name, rls: true, policy: true });
  });

  it('shows a tenant only its own rows, whatever the query asks for', async () => {
    const seen = await inTenant({ tenantId: a.id }, () => tx().select({ tenantId: users.tenantId }).from(users));
    expect(seen.length).toBe(1);
    expect(seen.every((r) => r.tenantId === a.id)).toBe(true);
    const explicit = await inTenant({ tenantId: a.id }, () => tx().execute(sql`select count(*)::int as n from users where tenant_id = ${b.id}`));
    expect(explicit.rows[0]).toEqual({ n: 0 });
  });

  it('refuses writing a row into another tenant', async () => {
    await expect(inTenant({ tenantId: a.id }, () => tx().insert(users).values({
      id: newId(), tenantId: b.id, username: 'intruder', displayName: 'x', passwordHash: 'x',
    }))).rejects.toThrow();
    await expect(inTenant({ tenantId: a.id }, () => tx().execute(sql`update users set display_name = 'hijacked' where tenant_id = ${b.id}`)))
      .resolves.toBeDefined();
    const still = await inTenant({ tenantId: b.id }, () => tx().select({ n: users.displayName }).from(users));
    expect(still.map((r) => r.n)).not.toContain('hijacked');
  });

  it('runs business transactions as the application role, not an owner or superuser', async () => {
    const r = await inTenant({ tenantId: a.id }, () => tx().execute(sql`select current_user as role,
      (select rolsuper from pg_roles where rolname = current_user) as super,
      (select rolbypassrls from pg_roles where rolname = current_user) as bypass`));
    expect(r.rows[0]).toEqual({ role: 'triad_app', super: false, bypass: false });
  });

  it.runIf(testDbKind === 'postgres')('connects to PostgreSQL as a non-superuser role', async () => {
    const { rows } = await t.database.raw('select rolsuper, rolbypassrls from pg_roles where rolname = session_user');
    expect(rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
  });
});
