import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { allPermissions, type EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { roles } from '../infra/org.tables.ts';
import { apiAs, auditRows, captureEvents, type Api } from './org-test-kit.ts';

let t: TestContext;
let tenant: TestTenant;
let admin: TestUser;
let api: Api;
let events: EventEnvelope[];
let dept: string;

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  tenant = await createTenant();
  dept = await createDepartment(tenant, '采购部');
  admin = await createUser(tenant);
  api = await apiAs(t, admin);
});
afterAll(async () => { await t.close(); });

describe('roles', () => {
  it('creates a role with permissions and data scope, shows it in the list and detail', async () => {
    const res = await api.post('/api/v1/org/roles', {
      code: 'buyer', name: '采购员', description: '负责采购', permissions: ['org.user.read', 'org.department.read', 'org.user.read'],
      dataScope: 'custom', dataScopeDepartmentIds: [dept],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      code: 'buyer', name: '采购员', description: '负责采购', dataScope: 'custom', dataScopeDepartmentIds: [dept],
      isSystem: false, permissions: ['org.department.read', 'org.user.read'], userCount: 0,
    });
    const id = res.body.id as string;
    expect((await api.get(`/api/v1/org/roles/${id}`)).body).toEqual(res.body);
    const list = await api.get('/api/v1/org/roles');
    expect((list.body.items as { id: string }[]).map((r) => r.id)).toContain(id);
    expect((await auditRows(tenant.id, 'role', id))[0]).toMatchObject({ action: 'create', after: { code: 'buyer', permissions: ['org.department.read', 'org.user.read'] } });
  });

  it('validates keys, codes and the custom scope', async () => {
    const unknown = await api.post('/api/v1/org/roles', { code: 'typo', name: 'x', permissions: ['org.user.raed'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatchObject({ code: 'org.role.unknownPermission', details: [{ path: 'body.permissions', keys: ['org.user.raed'] }] });
    expect((await api.post('/api/v1/org/roles', { code: 'buyer', name: 'x' })).body.error?.code).toBe('org.role.codeTaken');
    expect((await api.post('/api/v1/org/roles', { code: 'c1', name: 'x', dataScope: 'custom' })).body.error?.code).toBe('org.role.scopeDepartmentsRequired');
    const ghost = '0190a0a0-0000-7000-8000-000000000000';
    expect((await api.post('/api/v1/org/roles', { code: 'c2', name: 'x', dataScope: 'custom', dataScopeDepartmentIds: [ghost] })).body.error?.code).toBe('org.role.scopeDepartmentNotFound');
    expect((await api.post('/api/v1/org/roles', { code: 'Bad Code', name: 'x' })).status).toBe(400);
    const plain = await api.post('/api/v1/org/roles', { code: 'plain', name: 'x', dataScope: 'department', dataScopeDepartmentIds: [dept] });
    expect(plain.body).toMatchObject({ dataScope: 'department', dataScopeDepartmentIds: [] });
  });

  it('only grants what the caller holds; only a holder of * may grant *', async () => {
    const manager = await createUser(tenant, { permissions: ['org.role.manage', 'org.role.read', 'org.user.read'] });
    const m = await apiAs(t, manager);
    const star = await m.post('/api/v1/org/roles', { code: 'star', name: 'x', permissions: ['*'] });
    expect(star.status).toBe(403);
    expect(star.body.error).toMatchObject({ code: 'org.role.grantExceedsOwn', details: { missing: ['*'] } });
    expect((await m.post('/api/v1/org/roles', { code: 'more', name: 'x', permissions: ['org.user.create'] })).status).toBe(403);
    const mine = await m.post('/api/v1/org/roles', { code: 'mine', name: 'x', permissions: ['org.user.read'] });
    expect(mine.status).toBe(201);
    expect((await api.post('/api/v1/org/roles', { code: 'star', name: '全部', permissions: ['*'] })).status).toBe(201);
  });

  it('updates permissions and scope; holders get the new rights on their next request', async () => {
    const role = await api.post('/api/v1/org/roles', { code: 'viewer', name: '查看', permissions: [] });
    const id = role.body.id as string;
    const user = await createUser(tenant, { permissions: [] });
    await api.patch(`/api/v1/org/users/${user.id}`, { roleIds: [user.roleId, id] });
    const theirs = await apiAs(t, user);
    expect((await theirs.get('/api/v1/org/departments')).status).toBe(403);

    const res = await api.patch(`/api/v1/org/roles/${id}`, { permissions: ['org.department.read'], dataScope: 'all', name: '查看部门' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: '查看部门', permissions: ['org.department.read'], dataScope: 'all', userCount: 1 });
    expect((await theirs.get('/api/v1/org/departments')).status).toBe(200);
    expect(events.filter((e) => e.type === 'org.role.updated').map((e) => e.payload)).toContainEqual({ roleId: id });
    expect((await auditRows(tenant.id, 'role', id)).at(-1)).toMatchObject({ action: 'update', before: { permissions: [] }, after: { permissions: ['org.department.read'] } });
  });

  it('protects built-in roles: rename only, never delete', async () => {
    const id = (await api.post('/api/v1/org/roles', { code: 'sysadmin', name: '系统管理员', permissions: ['*'], dataScope: 'all' })).body.id as string;
    await inTenant({ tenantId: tenant.id }, () => tx().update(roles).set({ isSystem: true }).where(eq(roles.id, id)));
    expect((await api.patch(`/api/v1/org/roles/${id}`, { permissions: ['org.user.read'] })).body.error?.code).toBe('org.role.systemRole');
    expect((await api.patch(`/api/v1/org/roles/${id}`, { dataScope: 'self' })).status).toBe(409);
    expect((await api.patch(`/api/v1/org/roles/${id}`, { name: '超级管理员' })).body.name).toBe('超级管理员');
    expect((await api.del(`/api/v1/org/roles/${id}`)).body.error?.code).toBe('org.role.systemRole');
  });

  it('never leaves the company without an active administrator', async () => {
    const sysId = ((await api.get('/api/v1/org/roles')).body.items as { id: string; isSystem: boolean }[]).find((r) => r.isSystem)?.id as string;
    const x = await createUser(tenant, { permissions: [] });
    const y = await createUser(tenant, { permissions: [] });
    expect((await api.patch(`/api/v1/org/users/${x.id}`, { roleIds: [sysId] })).status).toBe(200);
    const last = await api.patch(`/api/v1/org/users/${x.id}`, { roleIds: [] });
    expect(last.status).toBe(409);
    expect(last.body.error?.code).toBe('org.user.lastAdministrator');
    await api.patch(`/api/v1/org/users/${y.id}`, { roleIds: [sysId] });
    expect((await api.patch(`/api/v1/org/users/${x.id}`, { roleIds: [] })).status).toBe(200);
    const disable = await api.post(`/api/v1/org/users/${y.id}/disable`);
    expect(disable.body.error?.code).toBe('org.user.lastAdministrator');
    expect((await api.get(`/api/v1/org/users/${y.id}`)).body.status).toBe('active');
  });

  it('deletes a role still assigned: its holders lose it, the audit lists them', async () => {
    const role = await api.post('/api/v1/org/roles', { code: 'temp', name: '临时', permissions: ['org.user.read'] });
    const id = role.body.id as string;
    const holder = await createUser(tenant, { permissions: [] });
    await api.patch(`/api/v1/org/users/${holder.id}`, { roleIds: [id] });
    const res = await api.del(`/api/v1/org/roles/${id}`);
    expect(res.status).toBe(200);
    expect((await api.get(`/api/v1/org/users/${holder.id}`)).body.roles).toEqual([]);
    expect((await api.get(`/api/v1/org/roles/${id}`)).status).toBe(404);
    expect((await auditRows(tenant.id, 'role', id)).at(-1)).toMatchObject({ action: 'delete', before: { code: 'temp', userIds: [holder.id] } });
    const limited = await apiAs(t, await createUser(tenant, { permissions: ['org.role.manage'] }));
    const star = (await api.get('/api/v1/org/roles')).body.items as { id: string; code: string }[];
    const starId = star.find((r) => r.code === 'star')?.id as string;
    expect((await limited.del(`/api/v1/org/roles/${starId}`)).status).toBe(403);
  });

  it('serves the permission matrix, grouped, with labels in both languages', async () => {
    const res = await api.get('/api/v1/org/permissions');
    expect(res.status).toBe(200);
    const groups = res.body.groups as { group: string; label: unknown; permissions: { key: string; sensitive?: boolean }[] }[];
    expect(groups.find((g) => g.group === 'org.user')).toMatchObject({ label: { 'zh-CN': '用户', 'en-US': 'Users' } });
    expect(groups.flatMap((g) => g.permissions.map((p) => p.key)).sort()).toEqual(allPermissions.map((p) => p.key).sort());
    expect(groups.flatMap((g) => g.permissions).find((p) => p.key === 'org.user.viewSalary')?.sensitive).toBe(true);
  });
});
