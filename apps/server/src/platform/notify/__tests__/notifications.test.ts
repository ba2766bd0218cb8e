import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { inTenant } from '../../tx/index.ts';
import { notifyUsers } from '../index.ts';

let t: TestContext;
let tenant: TestTenant;
let alice: TestUser;
let bob: TestUser;
let aliceAuth: AuthHeaders;
let bobAuth: AuthHeaders;
let outsiderAuth: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  alice = await createUser(tenant, { permissions: [] });
  bob = await createUser(tenant, { permissions: [] });
  const other = await createTenant('另一家公司');
  const outsider = await createUser(other, { permissions: ['*'] });
  [aliceAuth, bobAuth, outsiderAuth] = await Promise.all([sessionHeaders(alice), sessionHeaders(bob), sessionHeaders(outsider)]);
});
afterAll(async () => { await t.close(); });

const notify = (users: TestUser[], title: string, extra: { body?: string; link?: string; category?: string } = {}) =>
  inTenant({ tenantId: tenant.id, userId: bob.id }, () => notifyUsers(users.map((u) => u.id), { title, ...extra }));

async function get(url: string, headers: AuthHeaders) {
  return t.app.inject({ method: 'GET', url, headers });
}
async function post(url: string, headers: AuthHeaders) {
  return t.app.inject({ method: 'POST', url, headers });
}

describe('notification centre', () => {
  it('lists a committed notification to its recipient only, newest first', async () => {
    const [id] = await notify([alice], '采购申请待审批', { body: 'PR-2025-0001 等待您审批', link: '/purchase/requests/1', category: 'approval' });
    const list = await get('/api/v1/notifications', aliceAuth);
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0]).toMatchObject({
      id, title: '采购申请待审批', body: 'PR-2025-0001 等待您审批', link: '/purchase/requests/1', category: 'approval', readAt: null,
    });
    expect((await get('/api/v1/notifications', bobAuth)).json().items).toEqual([]);
    expect((await get('/api/v1/notifications', outsiderAuth)).json().items).toEqual([]);
    expect((await get('/api/v1/notifications/unread-count', outsiderAuth)).json()).toEqual({ count: 0 });
  });

  it('counts unread, marks one read (idempotently) and hides it from the unread filter', async () => {
    const before = (await get('/api/v1/notifications/unread-count', aliceAuth)).json().count as number;
    const [id] = await notify([alice], '报销单已通过');
    expect((await get('/api/v1/notifications/unread-count', aliceAuth)).json()).toEqual({ count: before + 1 });

    const read = await post(`/api/v1/notifications/${id}/read`, aliceAuth);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id, title: '报销单已通过' });
    const readAt = read.json().readAt as string;
    expect(Date.parse(readAt)).not.toBeNaN();
    const again = await post(`/api/v1/notifications/${id}/read`, aliceAuth);
    expect(again.json().readAt).toBe(readAt);

    expect((await get('/api/v1/notifications/unread-count', aliceAuth)).json()).toEqual({ count: before });
    const unread = (await get('/api/v1/notifications?unread=true', aliceAuth)).json().items as { id: string }[];
    expect(unread.map((n) => n.id)).not.toContain(id);
    const all = (await get('/api/v1/notifications?unread=false', aliceAuth)).json().items as { id: string }[];
    expect(all.map((n) => n.id)).toContain(id);
  });

  it('answers 404 when someone else (same tenant or another) tries to read it, and leaves it unread', async () => {
    const [id] = await notify([alice], '合同即将到期');
    const byBob = await post(`/api/v1/notifications/${id}/read`, bobAuth);
    expect(byBob.statusCode).toBe(404);
    expect(byBob.json().error.code).toBe('notify.notification.notFound');
    expect((await post(`/api/v1/notifications/${id}/read`, outsiderAuth)).statusCode).toBe(404);
    const mine = (await get('/api/v1/notifications?unread=true', aliceAuth)).json().items as { id: string }[];
    expect(mine.map((n) => n.id)).toContain(id);
  });

  it('marks all of the caller\'s notifications read and no one else\'s', async () => {
    await notify([alice, bob], '系统维护通知');
    const aliceUnread = (await get('/api/v1/notifications/unread-count', aliceAuth)).json().count as number;
    const bobUnread = (await get('/api/v1/notifications/unread-count', bobAuth)).json().count as number;
    expect(aliceUnread).toBeGreaterThan(0);
    const res = await post('/api/v1/notifications/read-all', aliceAuth);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ count: aliceUnread });
    expect((await get('/api/v1/notifications/unread-count', aliceAuth)).json()).toEqual({ count: 0 });
    expect((await get('/api/v1/notifications/unread-count', bobAuth)).json()).toEqual({ count: bobUnread });
    expect((await post('/api/v1/notifications/read-all', aliceAuth)).json()).toEqual({ count: 0 });
  });

  it('writes nothing when the unit of work rolls back', async () => {
    const before = (await get('/api/v1/notifications', bobAuth)).json().items.length as number;
    await expect(inTenant({ tenantId: tenant.id }, async () => {
      await notifyUsers([bob.id], { title: '不应出现' });
      throw new Error('business rule failed');
    })).rejects.toThrow('business rule failed');
    const after = (await get('/api/v1/notifications', bobAuth)).json().items as { title: string }[];
    expect(after.length).toBe(before);
    expect(after.map((n) => n.title)).not.toContain('不应出现');
  });

  it('pages newest first without losing rows that share a timestamp', async () => {
    const carol = await createUser(tenant, { permissions: [] });
    const carolAuth = await sessionHeaders(carol);
    // One transaction: all rows get the same created_at (transaction time, microseconds).
    await inTenant({ tenantId: tenant.id }, async () => {
      for (let i = 1; i <= 5; i++) await notifyUsers([carol.id], { title: `第${i}条` });
    });
    await notify([carol], '最新一条');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const res = await get(`/api/v1/notifications?limit=2${q}`, carolAuth);
      expect(res.statusCode).toBe(200);
      const body = res.json() as { items: { title: string }[]; nextCursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items.map((n) => n.title));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen[0]).toBe('最新一条');
    expect(seen.slice(1)).toEqual(['第5条', '第4条', '第3条', '第2条', '第1条']);
  });

  it('rejects a cursor that is not one of the caller\'s notifications', async () => {
    const [id] = await notify([alice], '游标测试');
    for (const cursor of ['garbage', id]) {
      const res = await get(`/api/v1/notifications?cursor=${cursor}`, bobAuth);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('common.badCursor');
    }
  });

  it('requires a signed-in user', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/notifications' });
    expect(res.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/notifications/read-all' })).statusCode).toBe(401);
  });
});
