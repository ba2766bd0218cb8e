import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createUser, sessionHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant } from '../../tx/index.ts';
import { hashToken, revokeUserSessions } from '../index.ts';
import { createAuthTestApp, type AuthTestContext } from './auth-test-app.ts';

let t: AuthTestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createAuthTestApp();
  tenant = await createTenant();
});
afterAll(async () => { await t.close(); });

const sessionOf = (cookie: string) => hashToken(cookie.replace('triad_session=', ''));

describe('CSRF on cookie-authenticated writes', () => {
  it('refuses a write without the header or with a wrong one, accepts the right one', async () => {
    const user = await createUser(tenant, { permissions: ['test.thing.write'] });
    const { cookie, 'x-csrf-token': csrf } = await sessionHeaders(user);
    const missing = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: { cookie }, payload: { name: 'a' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('common.csrf');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: { cookie, 'x-csrf-token': `${csrf.slice(0, -1)}x` }, payload: { name: 'a' } });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('common.csrf');
    const short = await t.app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers: { cookie, 'x-csrf-token': 'x' }, payload: {} });
    expect(short.json().error.code).toBe('common.csrf');
    const ok = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: { cookie, 'x-csrf-token': csrf }, payload: { name: 'a' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'a', by: user.username });
  });

  it('does not ask for it on reads', async () => {
    const user = await createUser(tenant, { permissions: ['test.thing.read'] });
    const { cookie } = await sessionHeaders(user);
    expect((await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: { cookie } })).statusCode).toBe(200);
  });

  it('checks CSRF before the permission and the body, after the session', async () => {
    const user = await createUser(tenant, { permissions: [] });
    const { cookie } = await sessionHeaders(user);
    const res = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: { cookie }, payload: { bad: true } });
    expect(res.json().error.code).toBe('common.csrf');
    const stranger = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: { cookie: 'triad_session=forged' }, payload: { bad: true } });
    expect(stranger.statusCode).toBe(401);
  });
});

describe('sessions', () => {
  it('answers 401 without a session, with an unknown one, and before validating the body', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: 'triad_session=' } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: 'other=1; triad_session=nope' } })).statusCode).toBe(401);
    const invalidBody = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', payload: { scopes: 'not-a-list' } });
    expect(invalidBody.statusCode).toBe(401);
  });

  it('finds its cookie among others', async () => {
    const user = await createUser(tenant);
    const { cookie } = await sessionHeaders(user);
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `theme=dark; ${cookie}; lang=zh` } });
    expect(res.statusCode).toBe(200);
  });

  it('ends at once when the user is disabled, and on revokeUserSessions', async () => {
    const user = await createUser(tenant);
    const { cookie } = await sessionHeaders(user);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    await t.database.raw(`update users set status = 'disabled' where id = $1`, [user.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    // Enabling again does not bring back sessions the disabling flow revoked.
    await inTenant({ tenantId: tenant.id }, () => revokeUserSessions(user.id));
    await t.database.raw(`update users set status = 'active' where id = $1`, [user.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const left = await t.database.raw('select count(*)::int as n from sessions where user_id = $1', [user.id]);
    expect(left.rows[0]?.n).toBe(0);
  });

  it('expires after the idle timeout and slides while in use, writing at most once a minute', async () => {
    const user = await createUser(tenant);
    const { cookie } = await sessionHeaders(user);
    const idHash = sessionOf(cookie);
    await t.database.raw(`update sessions set last_seen_at = now() - interval '5 minutes', expires_at = now() + interval '1 minute' where id_hash = $1`, [idHash]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const slid = await t.database.raw(
      `select extract(epoch from expires_at - now())::int as left_s, extract(epoch from now() - last_seen_at)::int as seen_s from sessions where id_hash = $1`, [idHash]);
    expect(Number(slid.rows[0]?.left_s)).toBeGreaterThan(11 * 3600);
    expect(Number(slid.rows[0]?.seen_s)).toBeLessThan(5);

    // Within the minute nothing is written.
    await t.database.raw(`update sessions set last_seen_at = now() - interval '30 seconds', expires_at = now() + interval '1 hour' where id_hash = $1`, [idHash]);
    await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    const kept = await t.database.raw(`select extract(epoch from expires_at - now())::int as left_s from sessions where id_hash = $1`, [idHash]);
    expect(Number(kept.rows[0]?.left_s)).toBeLessThanOrEqual(3600);

    await t.database.raw(`update sessions set expires_at = now() - interval '1 second' where id_hash = $1`, [idHash]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('never outlives its absolute lifetime, however active', async () => {
    const user = await createUser(tenant);
    const { cookie } = await sessionHeaders(user);
    const idHash = sessionOf(cookie);
    await t.database.raw(`update sessions set created_at = now() - interval '6 days 23 hours', last_seen_at = now() - interval '2 minutes' where id_hash = $1`, [idHash]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    const capped = await t.database.raw(`select extract(epoch from expires_at - now())::int as left_s from sessions where id_hash = $1`, [idHash]);
    expect(Number(capped.rows[0]?.left_s)).toBeLessThanOrEqual(3600);
    await t.database.raw(`update sessions set created_at = now() - interval '7 days 1 minute', expires_at = now() + interval '1 hour' where id_hash = $1`, [idHash]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('tenancy', () => {
  it('takes the tenant from the session only, never from headers, query or body', async () => {
    const other = await createTenant('别家公司');
    const user = await createUser(tenant, { permissions: ['test.thing.read', 'test.thing.write'] });
    const headers = { ...(await sessionHeaders(user)), 'x-tenant-id': other.id, 'x-tenant': other.code };
    const read = await t.app.inject({ method: 'GET', url: `/api/test/thing?tenantId=${other.id}`, headers });
    expect(read.json()).toEqual({ tenantId: tenant.id, userId: user.id });
    const write = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers, payload: { name: 'x', tenantId: other.id } });
    expect(write.json()).toMatchObject({ tenantId: tenant.id });
    const profile = await t.app.inject({ method: 'PUT', url: '/api/v1/me/profile', headers, payload: { displayName: '改名', tenantId: other.id } });
    expect(profile.statusCode).toBe(200);
    expect(profile.json().tenant.id).toBe(tenant.id);
  });

  it('refuses a session whose user row belongs to another tenant', async () => {
    const other = await createTenant('别家公司二');
    const user = await createUser(tenant);
    const { cookie } = await sessionHeaders(user);
    // A forged or corrupted row: the session claims a tenant the user is not in.
    await t.database.raw('update sessions set tenant_id = $1 where id_hash = $2', [other.id, sessionOf(cookie)]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});
