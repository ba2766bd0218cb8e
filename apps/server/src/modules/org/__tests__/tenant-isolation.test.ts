import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { apiAs, captureEvents, type Api } from './org-test-kit.ts';

// Company B's administrator holds every permission, yet company A's rows must not exist for them.
let t: TestContext;
let a: TestTenant;
let apiA: Api;
let apiB: Api;
const ids = { user: '', department: '', position: '', role: '' };

beforeAll(async () => {
  t = await createTestApp();
  captureEvents();
  a = await createTenant('甲公司');
  const b = await createTenant('乙公司');
  apiA = await apiAs(t, await createUser(a));
  apiB = await apiAs(t, await createUser(b));
  ids.department = await createDepartment(a, '甲·销售部');
  ids.user = (await createUser(a, { departmentId: ids.department, permissions: [] })).id;
  ids.position = (await apiA.post('/api/v1/org/positions', { name: '甲·岗位' })).body.id as string;
  ids.role = (await apiA.post('/api/v1/org/roles', { code: 'a_role', name: '甲·角色' })).body.id as string;
});
afterAll(async () => { await t.close(); });

describe('tenant isolation', () => {
  it('answers 404 for another company\'s ids on every :id route', async () => {
    const calls: [string, Promise<{ status: number }>][] = [
      ['GET user', apiB.get(`/api/v1/org/users/${ids.user}`)],
      ['PATCH user', apiB.patch(`/api/v1/org/users/${ids.user}`, { displayName: 'hijack' })],
      ['disable user', apiB.post(`/api/v1/org/users/${ids.user}/disable`)],
      ['enable user', apiB.post(`/api/v1/org/users/${ids.user}/enable`)],
      ['reset password', apiB.post(`/api/v1/org/users/${ids.user}/reset-password`)],
      ['PATCH department', apiB.patch(`/api/v1/org/departments/${ids.department}`, { name: 'hijack' })],
      ['DELETE department', apiB.del(`/api/v1/org/departments/${ids.department}`)],
      ['PATCH position', apiB.patch(`/api/v1/org/positions/${ids.position}`, { name: 'hijack' })],
      ['DELETE position', apiB.del(`/api/v1/org/positions/${ids.position}`)],
      ['GET role', apiB.get(`/api/v1/org/roles/${ids.role}`)],
      ['PATCH role', apiB.patch(`/api/v1/org/roles/${ids.role}`, { name: 'hijack' })],
      ['DELETE role', apiB.del(`/api/v1/org/roles/${ids.role}`)],
    ];
    for (const [name, call] of calls) expect((await call).status, name).toBe(404);
    const user = await apiA.get(`/api/v1/org/users/${ids.user}`);
    expect(user.body).toMatchObject({ status: 'active', departmentId: ids.department });
    expect((await apiA.get(`/api/v1/org/roles/${ids.role}`)).body.name).toBe('甲·角色');
  });

  it('lists only the caller\'s company', async () => {
    const users = (await apiB.get('/api/v1/org/users')).body.items as { id: string }[];
    expect(users.map((u) => u.id)).not.toContain(ids.user);
    const departments = (await apiB.get('/api/v1/org/departments')).body.items as { id: string }[];
    expect(departments.map((d) => d.id)).not.toContain(ids.department);
    expect(((await apiB.get('/api/v1/org/positions')).body.items as { id: string }[]).map((p) => p.id)).not.toContain(ids.position);
    expect(((await apiB.get('/api/v1/org/roles')).body.items as { id: string }[]).map((r) => r.id)).not.toContain(ids.role);
    const filtered = await apiB.get(`/api/v1/org/users?departmentId=${ids.department}&includeChildren=true`);
    expect(filtered.body.items).toEqual([]);
  });

  it('treats another company\'s ids in a body as unknown (400), never linking across companies', async () => {
    const refs: [string, unknown, string][] = [
      ['departmentId', ids.department, 'org.user.departmentNotFound'],
      ['positionId', ids.position, 'org.user.positionNotFound'],
      ['superiorId', ids.user, 'org.user.superiorNotFound'],
      ['roleIds', [ids.role], 'org.user.roleNotFound'],
    ];
    for (const [field, value, code] of refs) {
      const res = await apiB.post('/api/v1/org/users', { username: `x.${field}`, displayName: 'x', [field]: value });
      expect(res.status, field).toBe(400);
      expect(res.body.error?.code).toBe(code);
    }
    expect((await apiB.post('/api/v1/org/departments', { name: 'x', parentId: ids.department })).body.error?.code).toBe('org.department.parentNotFound');
    expect((await apiB.post('/api/v1/org/departments', { name: 'x', headUserId: ids.user })).body.error?.code).toBe('org.department.headInvalid');
    expect((await apiB.post('/api/v1/org/roles', { code: 'xx', name: 'x', dataScope: 'custom', dataScopeDepartmentIds: [ids.department] })).body.error?.code)
      .toBe('org.role.scopeDepartmentNotFound');
  });

  it('lets two companies use the same login name, position name and role code', async () => {
    expect((await apiA.post('/api/v1/org/users', { username: 'same.name', displayName: 'A' })).status).toBe(201);
    expect((await apiB.post('/api/v1/org/users', { username: 'same.name', displayName: 'B' })).status).toBe(201);
    expect((await apiB.post('/api/v1/org/positions', { name: '甲·岗位' })).status).toBe(201);
    expect((await apiB.post('/api/v1/org/roles', { code: 'a_role', name: 'B' })).status).toBe(201);
  });

  it('answers 400 for ids that are not UUIDs', async () => {
    for (const url of ['/api/v1/org/users/123', '/api/v1/org/roles/abc', '/api/v1/org/users?departmentId=nope']) {
      const res = await apiA.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error?.code).toBe('common.validation');
    }
    expect((await apiA.del('/api/v1/org/departments/not-a-uuid')).status).toBe(400);
  });
});
