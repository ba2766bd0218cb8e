import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { apiAs, auditRows, captureEvents, type Api } from './org-test-kit.ts';

let t: TestContext;
let tenant: TestTenant;
let admin: TestUser;
let api: Api;
let events: EventEnvelope[];

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  tenant = await createTenant();
  admin = await createUser(tenant, { username: 'admin', displayName: '管理员' });
  api = await apiAs(t, admin);
});
afterAll(async () => { await t.close(); });

async function create(body: Record<string, unknown>): Promise<string> {
  const res = await api.post('/api/v1/org/departments', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

describe('departments', () => {
  it('creates a tree and lists it flat with head name and user count', async () => {
    const root = await create({ name: '总公司', code: 'HQ', headUserId: admin.id });
    const sales = await create({ name: '销售部', parentId: root, sortOrder: 1 });
    await createUser(tenant, { departmentId: sales, permissions: [] });
    const list = await api.get('/api/v1/org/departments');
    expect(list.status).toBe(200);
    const items = list.body.items as Record<string, unknown>[];
    expect(items.find((d) => d.id === root)).toMatchObject({ parentId: null, code: 'HQ', name: '总公司', headUserId: admin.id, headName: '管理员', userCount: 0 });
    expect(items.find((d) => d.id === sales)).toMatchObject({ parentId: root, headUserId: null, headName: null, userCount: 1, sortOrder: 1 });
    expect(events.filter((e) => e.type === 'org.department.created').map((e) => e.payload)).toContainEqual({ departmentId: sales, name: '销售部' });
    expect((await auditRows(tenant.id, 'department', sales))[0]).toMatchObject({ action: 'create', after: { name: '销售部', parentId: root } });
  });

  it('refuses a missing parent, a duplicate code and a head who is not an active user', async () => {
    const ghost = '0190a0a0-0000-7000-8000-000000000000';
    expect((await api.post('/api/v1/org/departments', { name: 'x', parentId: ghost })).body.error?.code).toBe('org.department.parentNotFound');
    expect((await api.post('/api/v1/org/departments', { name: 'x', code: 'hq' })).body.error?.code).toBe('org.department.codeTaken');
    const gone = await createUser(tenant, { status: 'disabled', permissions: [] });
    const res = await api.post('/api/v1/org/departments', { name: 'x', headUserId: gone.id });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('org.department.headInvalid');
    expect((await api.post('/api/v1/org/departments', { name: '' })).status).toBe(400);
  });

  it('renames, moves and changes the head; refuses moving under itself or a descendant', async () => {
    const a = await create({ name: 'A' });
    const b = await create({ name: 'B', parentId: a });
    const c = await create({ name: 'C', parentId: b });
    const other = await create({ name: 'Other' });
    const head = await createUser(tenant, { displayName: '王经理', permissions: [] });

    const moved = await api.patch(`/api/v1/org/departments/${b}`, { parentId: other, name: 'B2', headUserId: head.id });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ parentId: other, name: 'B2', headName: '王经理' });
    const audit = await auditRows(tenant.id, 'department', b);
    expect(audit.at(-1)).toMatchObject({ action: 'update', before: { parentId: a, name: 'B' }, after: { parentId: other, name: 'B2' } });

    for (const target of [b, c]) {
      const res = await api.patch(`/api/v1/org/departments/${b}`, { parentId: target });
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('org.department.cycle');
    }
    const top = await api.patch(`/api/v1/org/departments/${c}`, { parentId: null });
    expect(top.body.parentId).toBeNull();
  });

  it('deletes only an empty leaf (409 with a clear code otherwise) and cleans custom scopes', async () => {
    const parent = await create({ name: '待删父' });
    const child = await create({ name: '待删子', parentId: parent });
    const hasChildren = await api.del(`/api/v1/org/departments/${parent}`);
    expect(hasChildren.status).toBe(409);
    expect(hasChildren.body.error?.code).toBe('org.department.hasChildren');

    const member = await createUser(tenant, { departmentId: child, permissions: [] });
    const hasUsers = await api.del(`/api/v1/org/departments/${child}`);
    expect(hasUsers.status).toBe(409);
    expect(hasUsers.body.error).toMatchObject({ code: 'org.department.hasUsers', message: 'The department still has 1 user(s) and cannot be deleted' });

    await api.patch(`/api/v1/org/users/${member.id}`, { departmentId: null });
    const role = await api.post('/api/v1/org/roles', { code: 'scoped', name: '范围', dataScope: 'custom', dataScopeDepartmentIds: [child, parent] });
    const ok = await api.del(`/api/v1/org/departments/${child}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ ok: true });
    expect((await api.get(`/api/v1/org/roles/${String(role.body.id)}`)).body.dataScopeDepartmentIds).toEqual([parent]);
    expect((await api.del(`/api/v1/org/departments/${child}`)).status).toBe(404);
    expect((await auditRows(tenant.id, 'department', child)).map((a) => a.action)).toEqual(['create', 'delete']);
  });

  it('needs org.department.manage to change and org.department.read to list', async () => {
    const reader = await apiAs(t, await createUser(tenant, { permissions: ['org.department.read'] }));
    expect((await reader.get('/api/v1/org/departments')).status).toBe(200);
    expect((await reader.post('/api/v1/org/departments', { name: 'x' })).status).toBe(403);
    const nobody = await apiAs(t, await createUser(tenant, { permissions: [] }));
    expect((await nobody.get('/api/v1/org/departments')).status).toBe(403);
  });
});

describe('positions', () => {
  it('creates, renames, lists with user counts, and deletes only while nobody holds it', async () => {
    const res = await api.post('/api/v1/org/positions', { name: '会计', code: 'ACC' });
    expect(res.status).toBe(201);
    const id = res.body.id as string;
    expect((await api.post('/api/v1/org/positions', { name: '会计' })).body.error?.code).toBe('org.position.nameTaken');
    const renamed = await api.patch(`/api/v1/org/positions/${id}`, { name: '主办会计', sortOrder: 2 });
    expect(renamed.body).toMatchObject({ name: '主办会计', code: 'ACC', sortOrder: 2, userCount: 0 });

    const holder = await createUser(tenant, { permissions: [] });
    await api.patch(`/api/v1/org/users/${holder.id}`, { positionId: id });
    const list = await api.get('/api/v1/org/positions');
    expect((list.body.items as Record<string, unknown>[]).find((p) => p.id === id)).toMatchObject({ userCount: 1 });
    const inUse = await api.del(`/api/v1/org/positions/${id}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.error?.code).toBe('org.position.inUse');

    await api.patch(`/api/v1/org/users/${holder.id}`, { positionId: null });
    expect((await api.del(`/api/v1/org/positions/${id}`)).status).toBe(200);
    expect((await auditRows(tenant.id, 'position', id)).map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });
});
