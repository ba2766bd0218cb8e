import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { users } from '../infra/org.tables.ts';
import { apiAs, auditRows, captureEvents, payloadsOf, type Api } from './org-test-kit.ts';

let t: TestContext;
let tenant: TestTenant;
let admin: TestUser;
let api: Api;
let events: EventEnvelope[];
let sales: string;

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  tenant = await createTenant();
  sales = await createDepartment(tenant, '销售部');
  admin = await createUser(tenant, { username: 'boss' });
  api = await apiAs(t, admin);
});
afterAll(async () => { await t.close(); });

async function countUsers(): Promise<number> {
  return inTenant({ tenantId: tenant.id }, async () => (await tx().select({ id: users.id }).from(users)).length);
}

async function login(username: string, password: string) {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, tenantCode: tenant.code } });
  return res.statusCode;
}

describe('creating a user', () => {
  it('creates the account with its place in the organisation and returns a generated password once', async () => {
    const role = await api.post('/api/v1/org/roles', { code: 'sales', name: '销售', permissions: ['org.user.read'] });
    const res = await api.post('/api/v1/org/users', {
      username: 'zhang.san', displayName: '张三', departmentId: sales, superiorId: admin.id, roleIds: [role.body.id], phone: '13800000000',
    });
    expect(res.status).toBe(201);
    const user = res.body.user as Record<string, unknown>;
    expect(user).toMatchObject({
      username: 'zhang.san', displayName: '张三', departmentId: sales, departmentName: '销售部', superiorId: admin.id,
      superiorName: 'boss', status: 'active', locale: 'zh-CN', roles: [{ id: role.body.id, code: 'sales', name: '销售' }],
    });
    expect(user).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(res.body)).not.toContain('argon2');
    expect(res.body.generatedPassword).toMatch(/^[A-Za-z2-9]{14}$/);
    expect(await login('zhang.san', res.body.generatedPassword as string)).toBe(200);

    const detail = await api.get(`/api/v1/org/users/${String(user.id)}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toEqual(user);
    expect(payloadsOf(events, 'org.user.created')).toContainEqual({ userId: user.id, username: 'zhang.san', departmentId: sales });
    const audit = await auditRows(tenant.id, 'user', String(user.id));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', userId: admin.id, after: { username: 'zhang.san', departmentId: sales } });
    expect(JSON.stringify(audit[0]?.after)).not.toMatch(/password/i);
  });

  it('keeps a password given by the administrator and returns none', async () => {
    const res = await api.post('/api/v1/org/users', { username: 'li.si', displayName: '李四', password: 'Secret-123' });
    expect(res.status).toBe(201);
    expect(res.body.generatedPassword).toBeNull();
    expect(await login('li.si', 'Secret-123')).toBe(200);
  });

  it('answers 400 with details for invalid input and writes nothing', async () => {
    const before = await countUsers();
    const res = await api.post('/api/v1/org/users', { username: 'a b', displayName: '', email: 'not-mail', password: 'short', monthlySalary: 12.5 });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('common.validation');
    const paths = (res.body.error?.details as { path: string }[]).map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.username', 'body.displayName', 'body.email', 'body.password', 'body.monthlySalary']));
    expect(await countUsers()).toBe(before);
  });

  it('refuses a login name already taken in the company (409), whatever its case', async () => {
    const res = await api.post('/api/v1/org/users', { username: 'Zhang.San', displayName: '另一个张三' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'org.user.usernameTaken', message: 'The login name "Zhang.San" is already taken' });
  });

  it('refuses references that do not exist (400) and writes nothing', async () => {
    const before = await countUsers();
    const ghost = '0190a0a0-0000-7000-8000-000000000000';
    for (const [field, code] of [['departmentId', 'org.user.departmentNotFound'], ['positionId', 'org.user.positionNotFound'],
      ['superiorId', 'org.user.superiorNotFound'], ['roleIds', 'org.user.roleNotFound']] as const) {
      const res = await api.post('/api/v1/org/users', { username: `ghost.${field}`, displayName: 'x', [field]: field === 'roleIds' ? [ghost] : ghost });
      expect(res.status, field).toBe(400);
      expect(res.body.error?.code).toBe(code);
    }
    expect(await countUsers()).toBe(before);
  });

  it('refuses a disabled superior', async () => {
    const gone = await createUser(tenant, { status: 'disabled', permissions: [] });
    const res = await api.post('/api/v1/org/users', { username: 'wang.wu', displayName: '王五', superiorId: gone.id });
    expect(res.body.error?.code).toBe('org.user.superiorNotFound');
  });
});

describe('changing a user', () => {
  it('changes only the fields sent, audits before and after, emits org.user.updated', async () => {
    const u = await createUser(tenant, { username: 'zhao.liu', permissions: [] });
    const pos = await api.post('/api/v1/org/positions', { name: '销售代表' });
    const res = await api.patch(`/api/v1/org/users/${u.id}`, { displayName: '赵六', departmentId: sales, positionId: pos.body.id, email: 'zl@example.com' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ username: 'zhao.liu', displayName: '赵六', departmentName: '销售部', positionName: '销售代表', email: 'zl@example.com' });
    const audit = await auditRows(tenant.id, 'user', u.id);
    expect(audit.at(-1)).toMatchObject({ action: 'update', before: { displayName: 'zhao.liu', departmentId: null }, after: { displayName: '赵六', departmentId: sales } });
    expect(payloadsOf(events, 'org.user.updated')).toContainEqual({ userId: u.id });

    const cleared = await api.patch(`/api/v1/org/users/${u.id}`, { email: null, positionId: null });
    expect(cleared.body).toMatchObject({ email: null, positionId: null, positionName: null, displayName: '赵六' });
  });

  it('refuses making a user their own superior, or a loop in the reporting line', async () => {
    const top = await createUser(tenant, { permissions: [] });
    const mid = await createUser(tenant, { superiorId: top.id, permissions: [] });
    const low = await createUser(tenant, { superiorId: mid.id, permissions: [] });
    const self = await api.patch(`/api/v1/org/users/${top.id}`, { superiorId: top.id });
    expect(self.body.error?.code).toBe('org.user.superiorSelf');
    const loop = await api.patch(`/api/v1/org/users/${top.id}`, { superiorId: low.id });
    expect(loop.status).toBe(400);
    expect(loop.body.error?.code).toBe('org.user.superiorCycle');
    expect((await api.get(`/api/v1/org/users/${top.id}`)).body.superiorId).toBeNull();
  });

  it('replaces roles, but never hands out permissions the caller lacks', async () => {
    const hr = await createUser(tenant, { permissions: ['org.user.read', 'org.user.update'] });
    const hrApi = await apiAs(t, hr);
    const target = await createUser(tenant, { permissions: [] });
    const adminRole = await api.post('/api/v1/org/roles', { code: 'superuser', name: '超级', permissions: ['*'] });
    const res = await hrApi.patch(`/api/v1/org/users/${target.id}`, { roleIds: [target.roleId, adminRole.body.id] });
    expect(res.status).toBe(403);
    expect(res.body.error?.code).toBe('org.role.grantExceedsOwn');
    const readers = await api.post('/api/v1/org/roles', { code: 'readers', name: '只读', permissions: ['org.user.read'] });
    const ok = await hrApi.patch(`/api/v1/org/users/${target.id}`, { roleIds: [readers.body.id] });
    expect(ok.status).toBe(200);
    expect((ok.body.roles as { code: string }[]).map((r) => r.code)).toEqual(['readers']);
  });
});

describe('salary (sensitive field)', () => {
  it('is null without org.user.viewSalary and shown with it; changing it needs the permission', async () => {
    const res = await api.post('/api/v1/org/users', { username: 'chen.qi', displayName: '陈七', monthlySalary: '12500.5' });
    const id = (res.body.user as { id: string }).id;
    expect((res.body.user as { monthlySalary: string }).monthlySalary).toBe('12500.50');
    const clerk = await apiAs(t, await createUser(tenant, { permissions: ['org.user.read', 'org.user.update', 'org.user.create'] }));
    const seen = await clerk.get(`/api/v1/org/users/${id}`);
    expect(seen.body.monthlySalary).toBeNull();
    const list = await clerk.get('/api/v1/org/users?q=chen.qi');
    expect((list.body.items as { monthlySalary: unknown }[])[0]?.monthlySalary).toBeNull();
    const change = await clerk.patch(`/api/v1/org/users/${id}`, { monthlySalary: '1.00' });
    expect(change.status).toBe(403);
    expect(change.body.error?.code).toBe('org.user.salaryForbidden');
    const create = await clerk.post('/api/v1/org/users', { username: 'x.salary', displayName: 'x', monthlySalary: '1.00' });
    expect(create.body.error?.code).toBe('org.user.salaryForbidden');
    const raise = await api.patch(`/api/v1/org/users/${id}`, { monthlySalary: '13000' });
    expect(raise.body.monthlySalary).toBe('13000.00');
    const audit = await auditRows(tenant.id, 'user', id);
    expect(JSON.stringify(audit)).not.toContain('13000');
    expect(audit.at(-1)?.after).toMatchObject({ monthlySalaryChanged: true });
  });
});

describe('disable, enable, reset password', () => {
  it('disabling ends the user\'s sessions at once; enabling lets them sign in again', async () => {
    const u = await createUser(tenant, { username: 'leaver', password: 'Leaver-123', permissions: ['org.user.read'] });
    const theirs = await apiAs(t, u);
    expect((await theirs.get('/api/v1/org/users')).status).toBe(200);
    const res = await api.post(`/api/v1/org/users/${u.id}/disable`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('disabled');
    expect((await theirs.get('/api/v1/org/users')).status).toBe(401);
    expect(await login('leaver', 'Leaver-123')).not.toBe(200);
    expect(payloadsOf(events, 'org.user.disabled')).toContainEqual({ userId: u.id });

    const back = await api.post(`/api/v1/org/users/${u.id}/enable`);
    expect(back.body.status).toBe('active');
    expect(payloadsOf(events, 'org.user.enabled')).toContainEqual({ userId: u.id });
    expect(await login('leaver', 'Leaver-123')).toBe(200);
    expect((await auditRows(tenant.id, 'user', u.id)).map((a) => a.action)).toEqual(['disable', 'enable']);
  });

  it('refuses disabling yourself, or someone holding more than you', async () => {
    const self = await api.post(`/api/v1/org/users/${admin.id}/disable`);
    expect(self.status).toBe(409);
    expect(self.body.error?.code).toBe('org.user.cannotDisableSelf');
    const hr = await apiAs(t, await createUser(tenant, { permissions: ['org.user.read', 'org.user.disable', 'org.user.resetPassword'] }));
    const up = await hr.post(`/api/v1/org/users/${admin.id}/disable`);
    expect(up.body.error?.code).toBe('org.user.outranks');
    const reset = await hr.post(`/api/v1/org/users/${admin.id}/reset-password`);
    expect(reset.status).toBe(403);
    expect((await api.get(`/api/v1/org/users/${admin.id}`)).body.status).toBe('active');
  });

  it('a password reset returns the new password once and ends the old sessions', async () => {
    const u = await createUser(tenant, { username: 'forgetful', password: 'Old-pass-1', permissions: ['org.user.read'] });
    const theirs = await apiAs(t, u);
    const res = await api.post(`/api/v1/org/users/${u.id}/reset-password`);
    expect(res.status).toBe(200);
    expect((await theirs.get('/api/v1/org/users')).status).toBe(401);
    expect(await login('forgetful', 'Old-pass-1')).not.toBe(200);
    expect(await login('forgetful', res.body.password as string)).toBe(200);
    const [row] = await inTenant({ tenantId: tenant.id }, () => tx().select().from(users).where(eq(users.id, u.id)));
    expect(row?.passwordChangedAt).toBeNull();
    expect((await auditRows(tenant.id, 'user', u.id)).map((a) => a.action)).toEqual(['resetPassword']);
  });
});

describe('permissions', () => {
  it('answers 403 without the route\'s permission and 401 without a session', async () => {
    const reader = await apiAs(t, await createUser(tenant, { permissions: ['org.user.read'] }));
    expect((await reader.get('/api/v1/org/users')).status).toBe(200);
    const denied = await reader.post('/api/v1/org/users', { username: 'nope', displayName: 'nope' });
    expect(denied.status).toBe(403);
    expect(denied.body.error?.code).toBe('common.forbidden');
    expect((await reader.post(`/api/v1/org/users/${admin.id}/reset-password`)).status).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/org/users' })).statusCode).toBe(401);
  });
});

describe('API documentation', () => {
  it('lists every org route with its schemas in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, { parameters?: { name: string }[] }>>;
    for (const path of ['/api/v1/org/users', '/api/v1/org/users/{id}', '/api/v1/org/users/{id}/reset-password', '/api/v1/org/departments/{id}',
      '/api/v1/org/positions', '/api/v1/org/roles/{id}', '/api/v1/org/permissions']) {
      expect(paths[path], path).toBeDefined();
    }
    const listParams = (paths['/api/v1/org/users']?.get?.parameters ?? []).map((p) => p.name);
    expect(listParams).toEqual(expect.arrayContaining(['q', 'departmentId', 'includeChildren', 'status', 'cursor', 'limit', 'sort']));
  });
});
