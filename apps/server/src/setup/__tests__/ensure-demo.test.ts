import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp } from '../../testing/test-app.ts';
import { asSystem, inTenant, tx } from '../../platform/tx/index.ts';
import { verifyPassword } from '../../platform/auth/index.ts';
import { tenants } from '../../platform/tenancy/tenant.table.ts';
import { departments, rolePermissions, roles, userRoles, users } from '../../modules/org/infra/org.tables.ts';
import { ensureDemo, emptyTenant, type FirstRun } from '../ensure-demo.ts';
import { demoDepartments, demoUsers } from '../demo-company.data.ts';

async function tenantByCode(code: string) {
  const [t] = await asSystem((db) => db.select().from(tenants).where(eq(tenants.code, code)));
  if (!t) throw new Error(`no tenant ${code}`);
  return t;
}

describe('ensureDemo on a fresh database', () => {
  let drop: () => Promise<void>;
  let first: FirstRun | null;

  beforeAll(async () => {
    // The demo's books emit events, so the app (and with it the event outbox) must be running.
    const ctx = await createTestApp();
    drop = ctx.close;
    first = await ensureDemo({ skipDemo: false, adminPassword: undefined });
  });
  afterAll(async () => { await drop(); });

  it('creates 示例科技有限公司 once and reports a random admin password', async () => {
    expect(first).toMatchObject({ tenantCode: 'demo', companyName: '示例科技有限公司', passwordFromEnv: false });
    expect(first?.adminPassword).toMatch(/^[A-Za-z2-9]{16}$/);
    const all = await asSystem((db) => db.select().from(tenants));
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ code: 'demo', name: '示例科技有限公司', isDemo: true });
  });

  it('is a no-op on the second start', async () => {
    expect(await ensureDemo({ skipDemo: false, adminPassword: undefined })).toBeNull();
    expect(await asSystem((db) => db.select().from(tenants))).toHaveLength(1);
    const t = await tenantByCode('demo');
    const people = await asSystem((db) => db.select().from(users).where(eq(users.tenantId, t.id)));
    expect(people).toHaveLength(demoUsers.length + 1);
  });

  it('builds the department tree under the company root, each department with a head', async () => {
    const t = await tenantByCode('demo');
    const rows = await inTenant({ tenantId: t.id }, () => tx().select().from(departments));
    const root = rows.find((d) => d.parentId === null);
    expect(root?.name).toBe('示例科技有限公司');
    const children = rows.filter((d) => d.parentId === root?.id).map((d) => d.name).sort();
    expect(children).toEqual(demoDepartments.map((d) => d.name).sort());
    expect(children).toEqual(expect.arrayContaining(['总经办', '财务部', '采购部', '仓储部', '生产部', '销售部', '客服部', '技术部', '人事行政部']));
    const people = await inTenant({ tenantId: t.id }, () => tx().select().from(users));
    for (const d of rows) {
      const head = people.find((u) => u.id === d.headUserId);
      expect(head, `head of ${d.name}`).toBeDefined();
      if (d.parentId) expect(head?.departmentId).toBe(d.id);
    }
  });

  it('gives every person a reporting line ending at the 总经理', async () => {
    const t = await tenantByCode('demo');
    const people = await inTenant({ tenantId: t.id }, () => tx().select().from(users));
    const byId = new Map(people.map((u) => [u.id, u]));
    const gm = people.find((u) => u.username === 'zhang.wei');
    expect(gm?.superiorId).toBeNull();
    for (const u of people.filter((p) => p.username !== 'admin' && p.username !== 'zhang.wei')) {
      let hops = 0;
      let cur = u;
      while (cur.superiorId) { cur = byId.get(cur.superiorId) ?? cur; hops += 1; if (hops > 3) break; }
      expect(cur.username, `top of ${u.username}`).toBe('zhang.wei');
      expect(hops).toBeGreaterThanOrEqual(1);
      expect(hops).toBeLessThanOrEqual(2);
    }
    const wang = people.find((u) => u.username === 'wang.fang');
    expect(byId.get(wang?.superiorId ?? '')?.username).toBe('li.na');
    expect(wang?.email).toBe('wang.fang@demo.triad.local');
    expect(wang?.monthlySalary).toBe('9500.00');
  });

  it('seeds the roles with their permissions and data scopes', async () => {
    const t = await tenantByCode('demo');
    const scopes = await inTenant({ tenantId: t.id }, async () => {
      const r = await tx().select().from(roles);
      const p = await tx().select().from(rolePermissions);
      return r.map((role) => ({ name: role.name, scope: role.dataScope, perms: p.filter((x) => x.roleId === role.id).map((x) => x.permission) }));
    });
    const byName = new Map(scopes.map((s) => [s.name, s]));
    expect(byName.get('系统管理员')).toMatchObject({ scope: 'all', perms: ['*'] });
    expect(byName.get('总经理')?.scope).toBe('all');
    expect(byName.get('总经理')?.perms).toEqual(expect.arrayContaining(['org.user.read', 'platform.audit.read', 'org.user.viewSalary']));
    expect(byName.get('部门经理')?.scope).toBe('departmentTree');
    expect(byName.get('普通员工')?.scope).toBe('self');
    expect(byName.get('财务')?.scope).toBe('department');
    expect(byName.get('人事')).toMatchObject({ scope: 'all' });
    expect(byName.get('人事')?.perms).toEqual(expect.arrayContaining(['org.user.create', 'org.user.viewSalary', 'org.user.resetPassword']));
    const [admin] = await inTenant({ tenantId: t.id }, () => tx().select({ role: roles.name }).from(userRoles)
      .innerJoin(users, eq(users.id, userRoles.userId)).innerJoin(roles, eq(roles.id, userRoles.roleId))
      .where(eq(users.username, 'admin')));
    expect(admin?.role).toBe('系统管理员');
  });

  it('hashes the printed password with argon2id for admin and the demo users alike', async () => {
    const t = await tenantByCode('demo');
    const [admin] = await inTenant({ tenantId: t.id }, () => tx().select().from(users).where(eq(users.username, 'admin')));
    const [staff] = await inTenant({ tenantId: t.id }, () => tx().select().from(users).where(eq(users.username, 'chen.jing')));
    expect(admin?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(admin?.passwordHash ?? '', first?.adminPassword ?? '')).toBe(true);
    expect(await verifyPassword(staff?.passwordHash ?? '', first?.adminPassword ?? '')).toBe(true);
    expect(await verifyPassword(admin?.passwordHash ?? '', 'admin')).toBe(false);
  });
});

describe('ensureDemo options', () => {
  async function freshRun(config: { skipDemo: boolean; adminPassword?: string }) {
    const { close: drop } = await createTestApp();
    try {
      const run = await ensureDemo(config);
      const people = await asSystem((db) => db.select({ username: users.username, passwordHash: users.passwordHash }).from(users));
      const companies = await asSystem((db) => db.select().from(tenants));
      return { run, people, companies };
    } finally {
      await drop();
    }
  }

  it('generates a different admin password in every new installation', async () => {
    const a = await freshRun({ skipDemo: false });
    const b = await freshRun({ skipDemo: false });
    expect(a.run?.adminPassword).toBeDefined();
    expect(a.run?.adminPassword).not.toBe(b.run?.adminPassword);
  });

  it('honours TRIAD_ADMIN_PASSWORD', async () => {
    const r = await freshRun({ skipDemo: false, adminPassword: 'Chosen-Secret-42' });
    expect(r.run).toMatchObject({ adminPassword: 'Chosen-Secret-42', passwordFromEnv: true });
    const admin = r.people.find((u) => u.username === 'admin');
    expect(await verifyPassword(admin?.passwordHash ?? '', 'Chosen-Secret-42')).toBe(true);
  });

  it('refuses a TRIAD_ADMIN_PASSWORD shorter than 8 characters', async () => {
    await expect(freshRun({ skipDemo: false, adminPassword: 'admin' })).rejects.toThrow(/TRIAD_ADMIN_PASSWORD/);
  });

  it('with TRIAD_SKIP_DEMO creates an empty company with only the admin', async () => {
    const r = await freshRun({ skipDemo: true });
    expect(r.run).toMatchObject({ tenantCode: emptyTenant.code, companyName: emptyTenant.name });
    expect(r.companies).toEqual([expect.objectContaining({ code: emptyTenant.code, isDemo: false })]);
    expect(r.people.map((u) => u.username)).toEqual(['admin']);
  });
});
