import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type CreateUserOptions, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { hashToken, loadPrincipal } from '../../auth/index.ts';
import { newId, schema } from '../../db/index.ts';
import { inTenant, tx } from '../../tx/index.ts';
import { dataScopeCondition, resolveDataScope, type Principal } from '../index.ts';

const { users, roles, userRoles } = schema;

describe('resolveDataScope', () => {
  const base = { userId: 'me', departmentId: 'A', subtreeDepartmentIds: ['A', 'A1', 'A2'] };
  it('resolves each kind', () => {
    expect(resolveDataScope({ ...base, roles: [{ kind: 'self', departmentIds: [] }] })).toEqual({ all: false, departmentIds: [], userId: 'me' });
    expect(resolveDataScope({ ...base, roles: [{ kind: 'department', departmentIds: [] }] }).departmentIds).toEqual(['A']);
    expect(resolveDataScope({ ...base, roles: [{ kind: 'departmentTree', departmentIds: [] }] }).departmentIds).toEqual(['A', 'A1', 'A2']);
    expect(resolveDataScope({ ...base, roles: [{ kind: 'custom', departmentIds: ['B', 'C'] }] }).departmentIds).toEqual(['B', 'C']);
    expect(resolveDataScope({ ...base, roles: [{ kind: 'all', departmentIds: [] }] })).toEqual({ all: true, departmentIds: [], userId: 'me' });
  });
  it('unites several roles, the widest winning', () => {
    expect(resolveDataScope({ ...base, roles: [{ kind: 'self', departmentIds: [] }, { kind: 'department', departmentIds: [] }, { kind: 'custom', departmentIds: ['B'] }] }).departmentIds)
      .toEqual(['A', 'B']);
    expect(resolveDataScope({ ...base, roles: [{ kind: 'custom', departmentIds: ['B'] }, { kind: 'all', departmentIds: [] }] }).all).toBe(true);
  });
  it('gives a user without a department or roles only their own rows', () => {
    expect(resolveDataScope({ userId: 'me', departmentId: null, subtreeDepartmentIds: [], roles: [{ kind: 'department', departmentIds: [] }] }).departmentIds).toEqual([]);
    expect(resolveDataScope({ ...base, roles: [] })).toEqual({ all: false, departmentIds: [], userId: 'me' });
  });
});

describe('data scopes against a department tree', () => {
  let t: TestContext;
  let tenant: TestTenant;
  const d: Record<string, string> = {};
  const staff: Record<string, TestUser> = {};

  beforeAll(async () => {
    t = await createTestApp();
    tenant = await createTenant();
    // 总公司 ─┬─ A ─┬─ A1 ── A1x
    //         │     └─ A2
    //         └─ B
    d.R = await createDepartment(tenant, '总公司');
    d.A = await createDepartment(tenant, '销售部', d.R);
    d.A1 = await createDepartment(tenant, '华东区', d.A);
    d.A1x = await createDepartment(tenant, '上海组', d.A1);
    d.A2 = await createDepartment(tenant, '华南区', d.A);
    d.B = await createDepartment(tenant, '财务部', d.R);
    for (const key of Object.keys(d)) staff[key] = await createUser(tenant, { username: `staff.${key}`, departmentId: d[key], dataScope: 'self' });
    // Another company's tree must never appear, whatever the scope.
    const other = await createTenant('别家公司');
    const otherDept = await createDepartment(other, '销售部');
    await createUser(other, { username: 'staff.Z', departmentId: otherDept, dataScope: 'self' });
  });
  afterAll(async () => { await t.close(); });

  async function principalOfUser(user: TestUser): Promise<Principal> {
    const { cookie } = await sessionHeaders(user);
    const principal = await loadPrincipal('session', hashToken(cookie.replace('triad_session=', '')));
    if (!principal) throw new Error('no principal');
    return principal;
  }

  async function visibleUsernames(opts: CreateUserOptions, extraRoles: CreateUserOptions[] = []): Promise<string[]> {
    const viewer = await createUser(tenant, { departmentId: d.A, ...opts, username: `viewer.${newId().slice(-8)}` });
    for (const extra of extraRoles) {
      const roleId = newId();
      await inTenant({ tenantId: tenant.id }, async () => {
        await tx().insert(roles).values({
          id: roleId, tenantId: tenant.id, code: `extra_${roleId.slice(-8)}`, name: `extra ${roleId}`,
          dataScope: extra.dataScope ?? 'self', dataScopeDepartmentIds: extra.dataScopeDepartmentIds ?? [],
        });
        await tx().insert(userRoles).values({ tenantId: tenant.id, userId: viewer.id, roleId });
      });
    }
    const principal = await principalOfUser(viewer);
    const rows = await inTenant(principal, () => tx()
      .select({ username: users.username })
      .from(users)
      .where(dataScopeCondition(principal, { userColumn: users.id, departmentColumn: users.departmentId })));
    // Viewers of earlier cases sit in department A too; only the staff and this viewer matter.
    return rows
      .filter((r) => r.username === viewer.username || r.username.startsWith('staff.'))
      .map((r) => (r.username === viewer.username ? 'me' : r.username.replace('staff.', ''))).sort();
  }

  it('self: only the viewer', async () => {
    expect(await visibleUsernames({ dataScope: 'self' })).toEqual(['me']);
  });

  it('department: the viewer\'s own department', async () => {
    expect(await visibleUsernames({ dataScope: 'department' })).toEqual(['A', 'me']);
  });

  it('departmentTree: the department and every descendant', async () => {
    expect(await visibleUsernames({ dataScope: 'departmentTree' })).toEqual(['A', 'A1', 'A1x', 'A2', 'me']);
    expect(await visibleUsernames({ dataScope: 'departmentTree', departmentId: d.A1 })).toEqual(['A1', 'A1x', 'me']);
  });

  it('all: the whole company and nothing of another', async () => {
    const seen = await visibleUsernames({ dataScope: 'all' });
    expect(seen).toEqual(['A', 'A1', 'A1x', 'A2', 'B', 'R', 'me']);
  });

  it('custom: exactly the chosen departments, not their children', async () => {
    expect(await visibleUsernames({ dataScope: 'custom', dataScopeDepartmentIds: [d.A1!, d.B!] })).toEqual(['A1', 'B', 'me']);
  });

  it('several roles: the union', async () => {
    expect(await visibleUsernames({ dataScope: 'department' }, [{ dataScope: 'custom', dataScopeDepartmentIds: [d.B!] }, { dataScope: 'self' }]))
      .toEqual(['A', 'B', 'me']);
    expect(await visibleUsernames({ dataScope: 'self' }, [{ dataScope: 'departmentTree' }])).toEqual(['A', 'A1', 'A1x', 'A2', 'me']);
  });

  it('a department scope without a department falls back to the viewer\'s own rows', async () => {
    expect(await visibleUsernames({ dataScope: 'departmentTree', departmentId: null })).toEqual(['me']);
  });

  it('loads permissions as the union over the user\'s roles', async () => {
    const user = await createUser(tenant, { permissions: ['org.user.read', 'org.department.read'] });
    const principal = await principalOfUser(user);
    expect([...principal.permissions].sort()).toEqual(['org.department.read', 'org.user.read']);
    expect(principal).toMatchObject({ tenantId: tenant.id, userId: user.id, userName: user.username, authMethod: 'session' });
  });
});
