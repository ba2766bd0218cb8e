import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { createAuthTestApp, loginInject, sessionCookieOf, type AuthTestContext } from './auth-test-app.ts';

let t: AuthTestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createAuthTestApp();
  tenant = await createTenant();
});
afterAll(async () => { await t.close(); });

// Each test signs in from its own address, so the per-address counter of one test never
// locks another test out.
let nextAddress = 10;
const address = () => `10.0.0.${nextAddress++}`;

describe('POST /api/auth/login', () => {
  it('signs in, sets an httpOnly SameSite cookie and answers with the caller', async () => {
    const user = await createUser(tenant, { permissions: ['org.user.read'], displayName: '张三' });
    const res = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: address() }));
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'triad_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.value.length).toBeGreaterThanOrEqual(40);
    const body = res.json();
    expect(body.user).toMatchObject({ id: user.id, username: user.username, displayName: '张三', locale: 'zh-CN' });
    expect(body.tenant).toEqual({ id: tenant.id, code: tenant.code, name: tenant.name });
    expect(body.permissions).toEqual(['org.user.read']);
    expect(body.csrfToken.length).toBeGreaterThan(20);

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `triad_session=${cookie?.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body);
  });

  it('answers a wrong password and an unknown user identically (401)', async () => {
    const user = await createUser(tenant);
    const wrong = await t.app.inject(loginInject(user.username, 'not-the-password', { remoteAddress: address() }));
    const unknown = await t.app.inject(loginInject('nobody.here', 'whatever', { remoteAddress: address() }));
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().error.code).toBe('auth.invalidCredentials');
    expect(sessionCookieOf(wrong)).toBeUndefined();
    const en = await t.app.inject(loginInject('nobody.here', 'whatever', { remoteAddress: address(), headers: { 'accept-language': 'en-US' } }));
    expect(en.json().error.message).toBe('Wrong username or password');
  });

  it('creates a new session id at every sign-in, ignoring any cookie the browser sent', async () => {
    const user = await createUser(tenant);
    const ip = address();
    const first = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: ip }));
    const planted = sessionCookieOf(first);
    const second = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: ip, headers: { cookie: `triad_session=${planted}` } }));
    const fresh = sessionCookieOf(second);
    expect(fresh).toBeDefined();
    expect(fresh).not.toBe(planted);
    expect(second.json().csrfToken).not.toBe(first.json().csrfToken);
    const rows = await t.database.raw('select count(*)::int as n from sessions where user_id = $1', [user.id]);
    expect(rows.rows[0]?.n).toBe(2);
  });

  it('locks a login name after 5 failures, refusing even the right password until the lock ends', async () => {
    const user = await createUser(tenant);
    const ip = address();
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject(loginInject(user.username, `guess-${i}`, { remoteAddress: ip }));
      expect(res.statusCode).toBe(401);
    }
    // A different address and different letter case: the name itself is locked.
    const locked = await t.app.inject(loginInject(user.username.toUpperCase(), user.password, { remoteAddress: address() }));
    expect(locked.statusCode).toBe(429);
    const right = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: address() }));
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe('auth.throttled');
    expect(right.json().error.details.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(right.json().error.details.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(sessionCookieOf(right)).toBeUndefined();

    // Fifteen minutes later (moved back in the database) the right password works again.
    await t.database.raw(`update login_throttle set locked_until = now() - interval '1 second', last_failure_at = now() - interval '16 minutes' where key = $1`, [`user:${user.username.toLowerCase()}`]);
    const later = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: address() }));
    expect(later.statusCode).toBe(200);
  });

  it('clears the name counter on success, so failures must be consecutive-ish to lock', async () => {
    const user = await createUser(tenant);
    const ip = address();
    for (let i = 0; i < 4; i++) await t.app.inject(loginInject(user.username, `guess-${i}`, { remoteAddress: ip }));
    expect((await t.app.inject(loginInject(user.username, user.password, { remoteAddress: ip }))).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) {
      expect((await t.app.inject(loginInject(user.username, `again-${i}`, { remoteAddress: ip }))).statusCode).toBe(401);
    }
    expect((await t.app.inject(loginInject(user.username, user.password, { remoteAddress: ip }))).statusCode).toBe(200);
  });

  it('locks a client address that guesses across many names', async () => {
    const ip = address();
    for (let i = 0; i < 30; i++) {
      const res = await t.app.inject(loginInject(`sprayed.${i}`, 'Summer2024!', { remoteAddress: ip }));
      expect(res.statusCode).toBe(401);
    }
    const user = await createUser(tenant);
    const res = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: ip }));
    expect(res.statusCode).toBe(429);
    expect((await t.app.inject(loginInject(user.username, user.password, { remoteAddress: address() }))).statusCode).toBe(200);
  });

  it('asks for the company code when the name exists in several companies', async () => {
    const other = await createTenant('另一家公司');
    const name = `shared.${Date.now()}`;
    const mine = await createUser(tenant, { username: name });
    await createUser(other, { username: name, password: 'Other-pass-1' });
    const ambiguous = await t.app.inject(loginInject(name, mine.password, { remoteAddress: address() }));
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().error.code).toBe('auth.tenantCodeRequired');
    const res = await t.app.inject(loginInject(name, mine.password, { remoteAddress: address(), tenantCode: tenant.code }));
    expect(res.statusCode).toBe(200);
    expect(res.json().tenant.id).toBe(tenant.id);
    const theirs = await t.app.inject(loginInject(name, 'Other-pass-1', { remoteAddress: address(), tenantCode: other.code }));
    expect(theirs.json().tenant.id).toBe(other.id);
    const wrongCompany = await t.app.inject(loginInject(name, mine.password, { remoteAddress: address(), tenantCode: other.code }));
    expect(wrongCompany.statusCode).toBe(401);
  });

  it('refuses a disabled account', async () => {
    const user = await createUser(tenant, { status: 'disabled' });
    const res = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: address() }));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('auth.userDisabled');
    expect(sessionCookieOf(res)).toBeUndefined();
    const wrong = await t.app.inject(loginInject(user.username, 'wrong-password', { remoteAddress: address() }));
    expect(wrong.json().error.code).toBe('auth.invalidCredentials');
  });

  it('accepts only JSON, so a cross-site HTML form cannot sign a browser in', async () => {
    const user = await createUser(tenant);
    const res = await t.app.inject({
      method: 'POST', url: '/api/auth/login', remoteAddress: address(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `username=${user.username}&password=${user.password}`,
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('auth.jsonRequired');
    const text = await t.app.inject({
      method: 'POST', url: '/api/auth/login', remoteAddress: address(),
      headers: { 'content-type': 'text/plain' }, payload: JSON.stringify({ username: user.username, password: user.password }),
    });
    expect(text.statusCode).toBe(415);
  });

  it('audits sign-ins and failed attempts without any secret', async () => {
    const user = await createUser(tenant);
    const ip = address();
    await t.app.inject(loginInject(user.username, 'wrong-password', { remoteAddress: ip }));
    const ok = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: ip }));
    const rows = await t.database.raw(
      `select action, user_id, ip, before, after from audit_log where entity = 'session' and entity_id = $1 order by at, action`, [user.id]);
    expect(rows.rows.map((r) => r.action)).toEqual(['loginFailed', 'login']);
    expect(rows.rows[1]).toMatchObject({ user_id: user.id, ip });
    const text = JSON.stringify(rows.rows);
    expect(text).not.toContain(sessionCookieOf(ok));
    expect(text).not.toContain(user.password);
    expect(text).not.toContain('wrong-password');
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the session and clears the cookie', async () => {
    const user = await createUser(tenant);
    const login = await t.app.inject(loginInject(user.username, user.password, { remoteAddress: address() }));
    const cookie = `triad_session=${sessionCookieOf(login)}`;
    const csrf = login.json().csrfToken as string;
    const noCsrf = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(noCsrf.statusCode).toBe(403);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, 'x-csrf-token': csrf } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const cleared = res.cookies.find((c) => c.name === 'triad_session');
    expect(cleared?.value).toBe('');
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('common.unauthenticated');
    const audit = await t.database.raw(`select count(*)::int as n from audit_log where entity = 'session' and action = 'logout' and entity_id = $1`, [user.id]);
    expect(audit.rows[0]?.n).toBe(1);
  });
});
