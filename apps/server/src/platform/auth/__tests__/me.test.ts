import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { createAuthTestApp, loginInject, type AuthTestContext } from './auth-test-app.ts';

let t: AuthTestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createAuthTestApp();
  tenant = await createTenant();
});
afterAll(async () => { await t.close(); });

let nextAddress = 10;
const address = () => `10.1.0.${nextAddress++}`;

describe('GET /api/auth/me', () => {
  it('names the department and lists the permissions', async () => {
    const dept = await createDepartment(tenant, '采购部');
    const user = await createUser(tenant, { departmentId: dept, permissions: ['org.user.read', 'org.department.read'] });
    const headers = await sessionHeaders(user);
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(res.json()).toMatchObject({
      user: { departmentId: dept, departmentName: '采购部', positionName: null, email: null },
      permissions: ['org.department.read', 'org.user.read'],
      csrfToken: headers['x-csrf-token'],
    });
  });
});

describe('PUT /api/v1/me/profile', () => {
  it('updates the caller\'s own contact details and language, audited', async () => {
    const user = await createUser(tenant, { displayName: '李四' });
    const headers = await sessionHeaders(user);
    const res = await t.app.inject({
      method: 'PUT', url: '/api/v1/me/profile', headers,
      payload: { displayName: '李四（采购）', email: 'lisi@example.cn', phone: '13800000000', locale: 'en-US' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ displayName: '李四（采购）', email: 'lisi@example.cn', phone: '13800000000', locale: 'en-US' });
    const audit = await t.database.raw(`select before, after from audit_log where entity = 'user' and entity_id = $1 and action = 'updateProfile'`, [user.id]);
    expect(audit.rows[0]).toMatchObject({
      before: { displayName: '李四', email: null, phone: null, locale: 'zh-CN' },
      after: { displayName: '李四（采购）', email: 'lisi@example.cn', phone: '13800000000', locale: 'en-US' },
    });
    const bad = await t.app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers, payload: { email: 'not-an-email' } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('POST /api/v1/me/password', () => {
  it('needs the current password, then signs out the other sessions', async () => {
    const user = await createUser(tenant, { password: 'Old-password-1' });
    const current = await sessionHeaders(user);
    const other = await sessionHeaders(user);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: current, payload: { currentPassword: 'nope', newPassword: 'New-password-2' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('auth.currentPasswordWrong');
    const short = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: current, payload: { currentPassword: 'Old-password-1', newPassword: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('common.validation');

    const ok = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: current, payload: { currentPassword: 'Old-password-1', newPassword: 'New-password-2' } });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: current })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: other })).statusCode).toBe(401);

    expect((await t.app.inject(loginInject(user.username, 'Old-password-1', { remoteAddress: address() }))).statusCode).toBe(401);
    expect((await t.app.inject(loginInject(user.username, 'New-password-2', { remoteAddress: address() }))).statusCode).toBe(200);
    const audit = await t.database.raw(`select before, after from audit_log where entity = 'user' and entity_id = $1 and action = 'changePassword'`, [user.id]);
    expect(audit.rows).toEqual([{ before: null, after: null }]);
  });

  it('counts wrong current passwords like failed sign-ins', async () => {
    const user = await createUser(tenant, { password: 'Right-password-1' });
    const headers = await sessionHeaders(user);
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers, payload: { currentPassword: `guess-${i}`, newPassword: 'Whatever-123' } });
      expect(res.statusCode).toBe(400);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers, payload: { currentPassword: 'Right-password-1', newPassword: 'Whatever-123' } });
    expect(locked.statusCode).toBe(429);
  });
});
