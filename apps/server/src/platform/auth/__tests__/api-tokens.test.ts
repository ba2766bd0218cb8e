import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { hashToken } from '../index.ts';
import { createAuthTestApp, type AuthTestContext } from './auth-test-app.ts';

let t: AuthTestContext;
let tenant: TestTenant;
beforeAll(async () => {
  t = await createAuthTestApp();
  tenant = await createTenant();
});
afterAll(async () => { await t.close(); });

async function createToken(user: TestUser, body: Record<string, unknown>) {
  const headers = await sessionHeaders(user);
  return t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers, payload: body });
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('personal API tokens', () => {
  it('shows the secret once, stores only its hash, and works as a Bearer token', async () => {
    const user = await createUser(tenant, { permissions: ['test.thing.read'] });
    const res = await createToken(user, { name: 'ERP 对接', scopes: ['test.thing.read'] });
    expect(res.statusCode).toBe(200);
    const created = res.json();
    expect(created.token).toMatch(/^triad_[A-Za-z0-9_-]{40,}$/);
    expect(created).toMatchObject({ name: 'ERP 对接', scopes: ['test.thing.read'], prefix: created.token.slice(0, 12), revokedAt: null, expiresAt: null });

    const rows = await t.database.raw('select token_hash from api_tokens where id = $1', [created.id]);
    expect(rows.rows[0]?.token_hash).toBe(hashToken(created.token));
    const everything = await t.database.raw(`select row_to_json(a)::text as j from api_tokens a union all select row_to_json(l)::text from audit_log l`);
    for (const r of everything.rows) expect(String(r.j)).not.toContain(created.token);
    const audit = await t.database.raw(`select after from audit_log where entity = 'apiToken' and entity_id = $1 and action = 'create'`, [created.id]);
    expect(JSON.stringify(audit.rows[0]?.after)).not.toContain(hashToken(created.token));

    const list = await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: await sessionHeaders(user) });
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0].token).toBeUndefined();

    const thing = await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: bearer(created.token) });
    expect(thing.statusCode).toBe(200);
    expect(thing.json()).toEqual({ tenantId: tenant.id, userId: user.id });
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(created.token) });
    expect(me.json()).toMatchObject({ csrfToken: '', permissions: ['test.thing.read'] });
    const used = await t.database.raw('select last_used_at from api_tokens where id = $1', [created.id]);
    expect(used.rows[0]?.last_used_at).not.toBeNull();
  });

  it('limits the token to its scopes even when the user may do more', async () => {
    const user = await createUser(tenant, { permissions: ['*'] });
    const { token } = (await createToken(user, { name: 'read only', scopes: ['test.thing.read'] })).json();
    expect((await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: bearer(token) })).statusCode).toBe(200);
    const write = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: bearer(token), payload: { name: 'x' } });
    expect(write.statusCode).toBe(403);
    expect(write.json().error.code).toBe('common.forbidden');
    // A token cannot mint a wider one.
    const wider = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: bearer(token), payload: { name: 'w', scopes: ['*'] } });
    expect(wider.statusCode).toBe(400);
    expect(wider.json().error).toMatchObject({ code: 'auth.tokenScopeNotHeld', details: { scopes: ['*'] } });
    const other = await t.app.inject({ method: 'POST', url: '/api/v1/me/tokens', headers: bearer(token), payload: { name: 'w', scopes: ['test.thing.write'] } });
    expect(other.statusCode).toBe(400);
  });

  it('writes without CSRF (no browser sends it on its own)', async () => {
    const user = await createUser(tenant, { permissions: ['test.thing.write'] });
    const { token } = (await createToken(user, { name: 'writer', scopes: ['*'] })).json();
    const res = await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: bearer(token), payload: { name: 'by token' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'by token', userId: user.id });
  });

  it('accepts only scopes the user holds', async () => {
    const user = await createUser(tenant, { permissions: ['test.thing.read'] });
    const res = await createToken(user, { name: 'too much', scopes: ['test.thing.read', 'test.thing.write', 'org.user.read'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toEqual({ scopes: ['org.user.read', 'test.thing.write'] });
    const malformed = await createToken(user, { name: 'bad', scopes: ['DROP TABLE'] });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('common.validation');
    // `*` = whatever the user holds, never more.
    const all = (await createToken(user, { name: 'all mine', scopes: ['*'] })).json();
    expect((await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: bearer(all.token) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/test/thing', headers: bearer(all.token), payload: { name: 'x' } })).statusCode).toBe(403);
  });

  it('stops working once revoked or expired', async () => {
    const user = await createUser(tenant, { permissions: ['test.thing.read'] });
    const revoked = (await createToken(user, { name: 'r', scopes: ['*'] })).json();
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${revoked.id}`, headers: await sessionHeaders(user) });
    expect(del.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: bearer(revoked.token) })).statusCode).toBe(401);
    const listed = (await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: await sessionHeaders(user) })).json();
    expect(listed.items.find((i: { id: string }) => i.id === revoked.id).revokedAt).not.toBeNull();

    const soon = new Date(Date.now() + 3600_000).toISOString();
    const expiring = (await createToken(user, { name: 'e', scopes: ['*'], expiresAt: soon })).json();
    expect((await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: bearer(expiring.token) })).statusCode).toBe(200);
    await t.database.raw(`update api_tokens set expires_at = now() - interval '1 second' where id = $1`, [expiring.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: bearer(expiring.token) })).statusCode).toBe(401);

    const past = await createToken(user, { name: 'p', scopes: ['*'], expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect(past.json().error.code).toBe('auth.tokenExpiryPast');
  });

  it('stops working while its user is disabled', async () => {
    const user = await createUser(tenant, { permissions: ['test.thing.read'] });
    const { token } = (await createToken(user, { name: 'd', scopes: ['*'] })).json();
    await t.database.raw(`update users set status = 'disabled' where id = $1`, [user.id]);
    expect((await t.app.inject({ method: 'GET', url: '/api/test/thing', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('lets only the owner see and revoke a token', async () => {
    const owner = await createUser(tenant);
    const stranger = await createUser(tenant);
    const created = (await createToken(owner, { name: 'mine', scopes: ['*'] })).json();
    const del = await t.app.inject({ method: 'DELETE', url: `/api/v1/me/tokens/${created.id}`, headers: await sessionHeaders(stranger) });
    expect(del.statusCode).toBe(404);
    expect(del.json().error.code).toBe('auth.tokenNotFound');
    const theirs = await t.app.inject({ method: 'GET', url: '/api/v1/me/tokens', headers: await sessionHeaders(stranger) });
    expect(theirs.json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer(created.token) })).statusCode).toBe(200);
  });

  it('uses the Authorization header when present and does not fall back to the cookie', async () => {
    const user = await createUser(tenant);
    const headers = await sessionHeaders(user);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...headers, authorization: 'Bearer triad_forged' } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...headers, authorization: 'Basic abc' } })).statusCode).toBe(401);
  });
});
