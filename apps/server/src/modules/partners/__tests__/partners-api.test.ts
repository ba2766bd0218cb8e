import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type TestUser } from '../../../testing/fixtures.ts';
import { setOutboxWriter } from '../../../platform/events/index.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import type { EventEnvelope } from '@triad/contracts';
import { assertPartner, partnerNames } from '../index.ts';

let t: TestContext;
const events: EventEnvelope[] = [];

async function as(user: TestUser) {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': 'en-US' };
  return async (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => {
    const res = await t.app.inject({ method, url: `/api/v1/partners${url}`, headers, ...(payload ? { payload } : {}) });
    return { status: res.statusCode, body: res.json() };
  };
}

beforeAll(async () => {
  t = await createTestApp();
  setOutboxWriter(async (_tx, pending) => { events.push(...pending.events); });
});
afterAll(async () => { await t.close(); });

describe('partners API', () => {
  it('creates, lists by name/code and role, edits and disables partners', async () => {
    const tenant = await createTenant();
    const manager = await createUser(tenant, { permissions: ['partner.read', 'partner.manage'] });
    const call = await as(manager);
    const created = await call('POST', '', { code: 'C001', name: '华东贸易有限公司', isCustomer: true, creditCode: '91350100m000100y43', paymentTermDays: 45 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'C001', isCustomer: true, isSupplier: false, creditCode: '91350100M000100Y43', paymentTermDays: 45, enabled: true });
    expect(events.filter((e) => e.type === 'partner.partner.created').map((e) => e.payload)).toContainEqual({ partnerId: created.body.id, code: 'C001', name: '华东贸易有限公司' });
    await call('POST', '', { code: 'S001', name: '深圳电子元件厂', isSupplier: true });
    await call('POST', '', { code: 'B001', name: '华南集团', isSupplier: true, isCustomer: true });

    expect((await call('GET', '?role=supplier')).body.items.map((p: { code: string }) => p.code)).toEqual(['B001', 'S001']);
    expect((await call('GET', '?q=%E5%8D%8E')).body.items.map((p: { code: string }) => p.code)).toEqual(['B001', 'C001']);
    expect((await call('GET', '?q=s00')).body.items.map((p: { code: string }) => p.code)).toEqual(['S001']);
    const first = await call('GET', '?limit=2');
    expect(first.body.items).toHaveLength(2);
    expect((await call('GET', `?limit=2&cursor=${first.body.nextCursor}`)).body.items.map((p: { code: string }) => p.code)).toEqual(['S001']);

    const disabled = await call('PATCH', `/${created.body.id}`, { enabled: false, phone: '021-12345678' });
    expect(disabled.body).toMatchObject({ enabled: false, phone: '021-12345678', name: '华东贸易有限公司' });
    expect((await call('GET', `/${created.body.id}`)).body.enabled).toBe(false);
  });

  it('refuses an invalid credit code, a taken code and a partner of another company', async () => {
    const tenant = await createTenant();
    const manager = await createUser(tenant, { permissions: ['partner.read', 'partner.manage'] });
    const call = await as(manager);
    const bad = await call('POST', '', { code: 'X1', name: '校验位错误', creditCode: '91350100M000100Y44' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('partner.creditCodeInvalid');
    expect((await call('POST', '', { code: 'X1', name: '长度不对', creditCode: '91350100M000100Y' })).status).toBe(400);
    expect((await call('POST', '', { code: 'X1', name: '甲', creditCode: '91440300708461136T' })).status).toBe(201);
    const taken = await call('POST', '', { code: 'X1', name: '乙' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('partner.codeTaken');
    const list = await call('GET', '');
    const id = list.body.items[0].id as string;
    expect((await call('PATCH', `/${id}`, { creditCode: '91440300708461136X' })).body.error.code).toBe('partner.creditCodeInvalid');

    const other = await createTenant();
    const stranger = await as(await createUser(other, { permissions: ['partner.read', 'partner.manage'] }));
    expect((await stranger('GET', `/${id}`)).status).toBe(404);
    expect((await stranger('PATCH', `/${id}`, { name: '改' })).status).toBe(404);
    const reader = await as(await createUser(tenant, { permissions: ['partner.read'] }));
    expect((await reader('POST', '', { code: 'Y1', name: '丙' })).status).toBe(403);
  });

  it('offers other modules names and role checks', async () => {
    const tenant = await createTenant();
    const manager = await createUser(tenant, { permissions: ['partner.read', 'partner.manage'] });
    const call = await as(manager);
    const customer = (await call('POST', '', { code: 'K1', name: '客户甲', isCustomer: true })).body.id as string;
    await inTenant({ tenantId: tenant.id }, async () => {
      expect(await partnerNames([customer, customer])).toEqual(new Map([[customer, '客户甲']]));
      await expect(assertPartner(customer, 'customer')).resolves.toMatchObject({ id: customer, code: 'K1', paymentTermDays: 30 });
      await expect(assertPartner(customer, 'supplier')).rejects.toMatchObject({ code: 'partner.notSupplier' });
      await expect(assertPartner('00000000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'partner.notFound' });
    });
  });
});
