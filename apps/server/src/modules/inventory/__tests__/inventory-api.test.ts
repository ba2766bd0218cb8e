import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { ensureFinanceSetup } from '../../finance/index.ts';
import { applyStockMoves } from '../index.ts';
import { createItem, seedCatalog, type Catalog } from './inventory-kit.ts';

// Every inventory endpoint through HTTP: permissions, the happy paths and clear refusals in both
// locales.

type Body = Record<string, any> & { error?: { code: string; message: string; details: any } }; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Reply { status: number; body: Body }
type Call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => Promise<Reply>;

let t: TestContext;
let tenant: TestTenant;
let c: Catalog;
let keeper: Call;
let keeperZh: Call;
let reader: Call;
let otherCompany: Call;
const today = new Date().toISOString().slice(0, 10);

async function caller(user: TestUser, locale = 'en-US'): Promise<Call> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': locale };
  return async (method, url, body) => {
    const res = await t.app.inject({ method, url: `/api/v1/inventory${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : {} };
  };
}

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  c = await seedCatalog(tenant);
  await inTenant({ tenantId: tenant.id }, () => ensureFinanceSetup());
  const warehouseKeeper = await createUser(tenant, { permissions: ['inventory.read', 'inventory.move', 'inventory.count', 'inventory.settings'] });
  keeper = await caller(warehouseKeeper);
  keeperZh = await caller(warehouseKeeper, 'zh-CN');
  reader = await caller(await createUser(tenant, { permissions: ['inventory.read'] }));
  otherCompany = await caller(await createUser(await createTenant('其他公司'), { permissions: ['*'] }));
});
afterAll(async () => { await t.close(); });

async function stocked(quantity: string, unitCost = '2') {
  const itemId = await createItem(tenant, c);
  await inTenant({ tenantId: tenant.id }, () => applyStockMoves([{
    kind: 'receipt', itemId, warehouseId: c.mainWarehouseId, quantity, unitCost, date: today, source: { type: 'test', id: newId(), number: 'RK-T' },
  }]));
  return itemId;
}

describe('stock and ledger', () => {
  it('lists stock with names and filters, and the ledger with paging', async () => {
    const itemId = await stocked('8');
    await stocked('1');
    const stock = await reader('GET', `/stock?itemId=${itemId}`);
    expect(stock.status).toBe(200);
    expect(stock.body.items[0]).toMatchObject({ itemId, warehouseName: '主仓库', unitName: '个', onHand: '8.0000', available: '8.0000', value: '16.00', low: false });
    const moves = await reader('GET', `/moves?itemId=${itemId}&limit=1`);
    expect(moves.body.items[0]).toMatchObject({ kind: 'receipt', quantity: '8.0000', sourceNumber: 'RK-T', balanceValue: '16.00' });
    expect(moves.body.nextCursor).toBeNull();
    const page1 = await reader('GET', '/stock?limit=1');
    expect(page1.body.items).toHaveLength(1);
    expect(page1.body.nextCursor).not.toBeNull();
    const page2 = await reader('GET', `/stock?limit=1&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items[0].itemId).not.toBe(page1.body.items[0].itemId);
    expect((await reader('GET', '/stock?cursor=xyz')).status).toBe(400);
    // Another company sees none of it.
    expect((await otherCompany('GET', `/stock?itemId=${itemId}`)).body.items).toEqual([]);
  });

  it('keeps readers out of writes', async () => {
    const res = await reader('POST', '/adjustments', { warehouseId: c.mainWarehouseId, date: today, reason: '报损', lines: [{ itemId: newId(), quantity: '-1' }] });
    expect(res.status).toBe(403);
  });
});

describe('transfers and adjustments', () => {
  it('transfers and adjusts, refusing too little stock in both locales', async () => {
    const itemId = await stocked('5');
    const moved = await keeper('POST', '/transfers', { fromWarehouseId: c.mainWarehouseId, toWarehouseId: c.rawWarehouseId, date: today, lines: [{ itemId, quantity: '2' }] });
    expect(moved.status).toBe(201);
    expect(moved.body.number).toMatch(/^DB/);
    const tooMuch = await keeper('POST', '/adjustments', { warehouseId: c.mainWarehouseId, date: today, reason: '报损', lines: [{ itemId, quantity: '-4' }] });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.body.error).toMatchObject({ code: 'inventory.stock.insufficient', message: 'Insufficient stock: not enough available' });
    expect(tooMuch.body.error!.details).toMatchObject({ itemId, requested: '4.0000', available: '3.0000' });
    const zh = await keeperZh('POST', '/adjustments', { warehouseId: c.mainWarehouseId, date: today, reason: '报损', lines: [{ itemId, quantity: '-4' }] });
    expect(zh.body.error!.message).toBe('库存不足：可用数量不够');
    const ok = await keeper('POST', '/adjustments', { warehouseId: c.mainWarehouseId, date: today, reason: '报损', lines: [{ itemId, quantity: '-1' }] });
    expect(ok.status).toBe(201);
    expect(ok.body.voucherNumber).toMatch(/^转-/);
  });

  it('answers bad input with 400/422, never 500', async () => {
    const itemId = await stocked('1');
    expect((await keeper('POST', '/adjustments', { warehouseId: c.mainWarehouseId, date: today, reason: 'x', lines: [{ itemId, quantity: '0' }] })).status).toBe(400);
    expect((await keeper('POST', '/transfers', { fromWarehouseId: c.mainWarehouseId, toWarehouseId: c.rawWarehouseId, date: today, lines: [{ itemId, quantity: 'abc' }] })).status).toBe(400);
    const unknownItem = await keeper('POST', '/transfers', { fromWarehouseId: c.mainWarehouseId, toWarehouseId: c.rawWarehouseId, date: today, lines: [{ itemId: newId(), quantity: '1' }] });
    expect(unknownItem.status).toBe(422);
    expect(unknownItem.body.error!.code).toBe('catalog.item.notFound');
    const unknownWarehouse = await keeper('POST', '/transfers', { fromWarehouseId: newId(), toWarehouseId: c.rawWarehouseId, date: today, lines: [{ itemId, quantity: '1' }] });
    expect(unknownWarehouse.status).toBe(422);
    const same = await keeperZh('POST', '/transfers', { fromWarehouseId: c.mainWarehouseId, toWarehouseId: c.mainWarehouseId, date: today, lines: [{ itemId, quantity: '1' }] });
    expect(same.body.error).toMatchObject({ code: 'inventory.transfer.sameWarehouse', message: '调出仓库和调入仓库不能相同' });
  });
});

describe('counts', () => {
  it('creates, counts, posts and shows the voucher; refuses changes afterwards', async () => {
    const itemId = await stocked('10', '3');
    const created = await keeper('POST', '/counts', { warehouseId: c.mainWarehouseId, countDate: today });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const filled = await keeper('PUT', `/counts/${id}/lines`, { lines: [{ itemId, countedQty: '9' }] });
    expect(filled.status).toBe(200);
    expect(filled.body.lines.find((l: { itemId: string }) => l.itemId === itemId)).toMatchObject({ difference: '-1.0000', differenceValue: '-3.00' });
    const posted = await keeper('POST', `/counts/${id}/post`);
    expect(posted.body).toMatchObject({ status: 'posted', lossValue: '3.00' });
    expect(posted.body.voucherNumber).toMatch(/^转-/);
    const list = await reader('GET', '/counts?status=posted');
    expect(list.body.items.map((x: { id: string }) => x.id)).toContain(id);
    const again = await keeperZh('PUT', `/counts/${id}/lines`, { lines: [{ itemId, countedQty: '1' }] });
    expect(again.status).toBe(409);
    expect(again.body.error!.code).toBe('inventory.count.badStatus');
    expect((await reader('GET', `/counts/${newId()}`)).status).toBe(404);
    expect((await otherCompany('GET', `/counts/${id}`)).status).toBe(404);
  });
});

describe('reorder rules and alerts', () => {
  it('saves, lists, alerts with a suggestion and deletes', async () => {
    const itemId = await stocked('3');
    const saved = await keeper('PUT', '/reorder-rules', { itemId, warehouseId: c.mainWarehouseId, reorderPoint: '5', safetyStock: '2', reorderQty: '20' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ reorderPoint: '5.0000', available: '3.0000' });
    const alerts = await reader('GET', '/alerts');
    expect(alerts.body.items.find((a: { itemId: string }) => a.itemId === itemId)).toMatchObject({ suggestedQty: '20.0000' });
    expect((await reader('GET', `/reorder-rules?itemId=${itemId}`)).body.items).toHaveLength(1);
    expect((await reader('PUT', '/reorder-rules', { itemId, warehouseId: c.mainWarehouseId, reorderPoint: '5' })).status).toBe(403);
    expect((await keeper('PUT', '/reorder-rules', { itemId, warehouseId: c.mainWarehouseId, reorderPoint: '-1' })).status).toBe(400);
    expect((await keeper('DELETE', `/reorder-rules/${itemId}/${c.mainWarehouseId}`)).status).toBe(200);
    const gone = await keeper('DELETE', `/reorder-rules/${itemId}/${c.mainWarehouseId}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error!.code).toBe('inventory.reorderRule.notFound');
  });
});

describe('reports', () => {
  it('turnover and slow movers answer; a reversed range is a 400', async () => {
    const turnover = await reader('GET', `/reports/turnover?from=${today.slice(0, 4)}-01-01&to=${today}`);
    expect(turnover.status).toBe(200);
    expect(turnover.body.total.issuedCost).toMatch(/^\d+\.\d{2}$/);
    const bad = await reader('GET', `/reports/turnover?from=${today}&to=2000-01-01`);
    expect(bad.status).toBe(400);
    expect(bad.body.error!.code).toBe('inventory.report.badRange');
    expect((await reader('GET', '/reports/slow-movers?days=30')).status).toBe(200);
  });
});
