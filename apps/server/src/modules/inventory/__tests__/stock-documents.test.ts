import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { toAppError } from '../../../platform/http/index.ts';
import { setOutboxWriter } from '../../../platform/events/index.ts';
import { ensureFinanceSetup } from '../../finance/index.ts';
import { applyStockMoves, stockOf, type StockMoveInput } from '../index.ts';
import { createTransfer } from '../application/transfers.ts';
import { createAdjustment } from '../application/adjustments.ts';
import { createStockCount } from '../application/counts/create-count.ts';
import { enterCountedQuantities } from '../application/counts/count-lines.ts';
import { cancelStockCount, postStockCount } from '../application/counts/post-count.ts';
import { getStockCount } from '../application/counts/count-view.ts';
import { saveReorderRule } from '../application/reorder-rules.ts';
import { listStockAlerts, listStock } from '../application/stock-overview.ts';
import { slowMovers, turnoverReport } from '../application/reports.ts';
import { notifyPurchasersOfLowStock } from '../application/low-stock.handler.ts';
import { createItem, seedCatalog, type Catalog } from './inventory-kit.ts';

// Inventory's own documents: transfers, adjustments and counts with their vouchers; reorder
// alerts; turnover and slow movers.

let t: TestContext;
let tenant: TestTenant;
let c: Catalog;
const events: EventEnvelope[] = [];
const inT = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);
const today = new Date().toISOString().slice(0, 10);

async function errorOf(p: Promise<unknown>) {
  try { await p; } catch (e) { return toAppError(e); }
  throw new Error('expected a failure');
}

const receive = (itemId: string, quantity: string, unitCost: string, extra: Partial<StockMoveInput> = {}) =>
  inT(() => applyStockMoves([{ kind: 'receipt', itemId, warehouseId: c.mainWarehouseId, quantity, unitCost, date: today, source: { type: 'test', id: newId() }, ...extra }]));
const issue = (itemId: string, quantity: string, date = today) =>
  inT(() => applyStockMoves([{ kind: 'issue', itemId, warehouseId: c.mainWarehouseId, quantity: `-${quantity}`, date, source: { type: 'test', id: newId() } }]));

async function balance(itemId: string, warehouseId = c.mainWarehouseId) {
  return (await inT(() => stockOf([itemId], warehouseId)))[0];
}

/** Posted voucher lines of a source document: account code → { debit, credit }. */
async function voucherLines(sourceId: string) {
  const rows = await inT(() => tx().execute(sql`select a.code, l.debit::text as debit, l.credit::text as credit
    from fin_voucher_lines l join fin_vouchers v on v.id = l.voucher_id join fin_accounts a on a.id = l.account_id
    where v.source_id = ${sourceId} and v.status = 'posted' order by l.line_no`));
  return (rows as unknown as { rows: { code: string; debit: string; credit: string }[] }).rows ?? (rows as unknown as { code: string; debit: string; credit: string }[]);
}

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  c = await seedCatalog(tenant);
  await inT(() => ensureFinanceSetup());
  setOutboxWriter(async (_tx, pending) => { events.push(...pending.events); });
});
afterAll(async () => {
  setOutboxWriter(undefined);
  await t.close();
});

describe('transfers (调拨)', () => {
  it('moves stock and its cost between warehouses; both legs share the transfer id', async () => {
    const item = await createItem(tenant, c);
    await receive(item, '10', '3.3333');
    const result = await inT(() => createTransfer({ fromWarehouseId: c.mainWarehouseId, toWarehouseId: c.rawWarehouseId, date: today, lines: [{ itemId: item, quantity: '4' }] }));
    expect(result.number).toMatch(/^DB/);
    expect(result.moves.map((m) => m.value)).toEqual(['-13.33', '13.33']);
    expect(await balance(item)).toMatchObject({ onHand: '6.0000', value: '20.00' });
    expect(await balance(item, c.rawWarehouseId)).toMatchObject({ onHand: '4.0000', value: '13.33' });
    const legs = await inT(() => tx().execute(sql`select count(distinct transfer_id)::int as n, count(*)::int as legs from stock_moves where source_id = ${result.id}`));
    const row = ((legs as unknown as { rows?: unknown[] }).rows ?? legs) as { n: number; legs: number }[];
    expect(row[0]).toMatchObject({ n: 1, legs: 2 });
  });

  it('refuses the same warehouse and more than is on hand, writing nothing', async () => {
    const item = await createItem(tenant, c);
    await receive(item, '1', '1');
    expect((await errorOf(inT(() => createTransfer({ fromWarehouseId: c.mainWarehouseId, toWarehouseId: c.mainWarehouseId, date: today, lines: [{ itemId: item, quantity: '1' }] })))).code)
      .toBe('inventory.transfer.sameWarehouse');
    const e = await errorOf(inT(() => createTransfer({ fromWarehouseId: c.mainWarehouseId, toWarehouseId: c.rawWarehouseId, date: today, lines: [{ itemId: item, quantity: '2' }] })));
    expect(e.code).toBe('inventory.stock.insufficient');
    expect(await balance(item, c.rawWarehouseId)).toBeUndefined();
  });
});

describe('adjustments (报损/报溢)', () => {
  it('posts the loss against 1901 and the gain at the given cost', async () => {
    const material = await createItem(tenant, c, { categoryId: c.materialCategoryId });
    await receive(material, '10', '5');
    const loss = await inT(() => createAdjustment({ warehouseId: c.mainWarehouseId, date: today, reason: '报损', lines: [{ itemId: material, quantity: '-2' }] }));
    expect(loss.number).toMatch(/^TZ/);
    expect(loss.moves[0]!.value).toBe('-10.00');
    expect(await voucherLines(loss.id)).toEqual([
      { code: '1901', debit: '10.00', credit: '0.00' },
      { code: '1403', debit: '0.00', credit: '10.00' },
    ]);
    const gain = await inT(() => createAdjustment({ warehouseId: c.mainWarehouseId, date: today, reason: '报溢', lines: [{ itemId: material, quantity: '1', unitCost: '7' }] }));
    expect(await voucherLines(gain.id)).toEqual([
      { code: '1403', debit: '7.00', credit: '0.00' },
      { code: '1901', debit: '0.00', credit: '7.00' },
    ]);
    expect(await balance(material)).toMatchObject({ onHand: '9.0000', value: '47.00' });
  });
});

describe('stock counts (盘点)', () => {
  it('snapshots, takes counted quantities, posts count moves and one voucher', async () => {
    const a = await createItem(tenant, c, { name: '打印纸' });
    const b = await createItem(tenant, c, { name: '签字笔' });
    const untouched = await createItem(tenant, c, { categoryId: c.materialCategoryId });
    await receive(a, '10', '20');
    await receive(b, '50', '2');
    await receive(untouched, '5', '1');
    const id = await inT(() => createStockCount({ warehouseId: c.mainWarehouseId, countDate: today, categoryId: c.goodsCategoryId }));
    const created = await inT(() => getStockCount(id));
    expect(created.number).toMatch(/^PD/);
    expect(created.status).toBe('counting');
    const lineOf = (itemId: string) => created.lines.find((l) => l.itemId === itemId);
    expect(lineOf(a)).toMatchObject({ systemQty: '10.0000', countedQty: null, unitCost: '20.000000' });
    expect(lineOf(untouched)).toBeUndefined();
    const stranger = newId();
    expect((await errorOf(inT(() => enterCountedQuantities(id, { lines: [{ itemId: stranger, countedQty: '1' }] })))).code).toBe('inventory.count.unknownLine');
    await inT(() => enterCountedQuantities(id, { lines: [{ itemId: a, countedQty: '12' }, { itemId: b, countedQty: '47', note: '破损' }] }));
    const counted = await inT(() => getStockCount(id));
    expect(counted).toMatchObject({ gainValue: '40.00', lossValue: '6.00', countedCount: 2 });
    await inT(() => postStockCount(id));
    const posted = await inT(() => getStockCount(id));
    expect(posted.status).toBe('posted');
    expect(posted.voucherNumber).toMatch(/^转-/);
    expect(await balance(a)).toMatchObject({ onHand: '12.0000', value: '240.00' });
    expect(await balance(b)).toMatchObject({ onHand: '47.0000', value: '94.00' });
    expect(await voucherLines(id)).toEqual([
      { code: '1405', debit: '40.00', credit: '0.00' },
      { code: '1901', debit: '0.00', credit: '40.00' },
      { code: '1901', debit: '6.00', credit: '0.00' },
      { code: '1405', debit: '0.00', credit: '6.00' },
    ]);
    // Posted is final.
    expect((await errorOf(inT(() => postStockCount(id)))).code).toBe('inventory.count.badStatus');
    expect((await errorOf(inT(() => cancelStockCount(id)))).code).toBe('inventory.count.badStatus');
  });

  it('a cancelled count moves nothing; an empty warehouse has nothing to count', async () => {
    const item = await createItem(tenant, c);
    await receive(item, '3', '1');
    const id = await inT(() => createStockCount({ warehouseId: c.mainWarehouseId, countDate: today }));
    await inT(() => enterCountedQuantities(id, { lines: [{ itemId: item, countedQty: '0' }] }));
    await inT(() => cancelStockCount(id));
    expect((await inT(() => getStockCount(id))).status).toBe('cancelled');
    expect((await balance(item))!.onHand).toBe('3.0000');
    const emptyWarehouse = await errorOf(inT(() => createStockCount({ warehouseId: c.rawWarehouseId, countDate: today, categoryId: c.serviceCategoryId })));
    expect(emptyWarehouse.code).toBe('inventory.count.empty');
  });
});

describe('low-stock alerts (库存预警)', () => {
  it('alerts once when available falls to the reorder point, again only after recovering', async () => {
    const item = await createItem(tenant, c);
    await receive(item, '20', '1');
    await inT(() => saveReorderRule({ itemId: item, warehouseId: c.mainWarehouseId, reorderPoint: '10', safetyStock: '5' }));
    const lowEvents = () => events.filter((e) => e.type === 'inventory.stock.low' && (e.payload as { itemId: string }).itemId === item);
    expect(lowEvents()).toHaveLength(0);
    await issue(item, '9');
    expect(lowEvents()).toHaveLength(0);
    await issue(item, '1');
    expect(lowEvents()).toHaveLength(1);
    expect(lowEvents()[0]!.payload).toMatchObject({ available: '10.0000', reorderPoint: '10.0000', safetyStock: '5.0000' });
    await issue(item, '2');
    expect(lowEvents()).toHaveLength(1);
    // Alerts tab: suggest reorder point + safety stock − available − incoming = 10 + 5 − 8 − 0.
    const alerts = await inT(() => listStockAlerts({}));
    expect(alerts.items.find((a) => a.itemId === item)).toMatchObject({ available: '8.0000', suggestedQty: '7.0000' });
    expect((await inT(() => listStock({ status: 'low', itemId: item }))).items).toHaveLength(1);
    await receive(item, '10', '1');
    expect((await inT(() => listStock({ status: 'low', itemId: item }))).items).toHaveLength(0);
    await issue(item, '8');
    expect(lowEvents()).toHaveLength(2);
  });

  it('the handler tells the purchasers, with a link to the alerts', async () => {
    const buyer = await createUser(tenant, { permissions: ['procurement.order'] });
    await createUser(tenant, { permissions: ['inventory.read'] });
    const item = await createItem(tenant, c, { name: '硒鼓' });
    await inT(() => notifyPurchasersOfLowStock({
      id: newId(), type: 'inventory.stock.low', tenantId: tenant.id, occurredAt: new Date().toISOString(),
      payload: { itemId: item, warehouseId: c.mainWarehouseId, onHand: '2.0000', available: '2.0000', reorderPoint: '5.0000', safetyStock: '1.0000' },
    } as EventEnvelope<'inventory.stock.low'>));
    const rows = await inT(() => tx().execute(sql`select user_id, title, link from notifications where category = 'inventory'`));
    const list = ((rows as unknown as { rows?: unknown[] }).rows ?? rows) as { user_id: string; title: string; link: string }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ user_id: buyer.id, link: '/inventory/stock?tab=alerts' });
    expect(list[0]!.title).toContain('硒鼓');
  });
});

describe('reports', () => {
  it('turnover = issued cost / average value; days of inventory = days / turnover', async () => {
    const item = await createItem(tenant, c);
    const at = (date: string, quantity: string, unitCost?: string) => inT(() => applyStockMoves([{
      kind: Number(quantity) > 0 ? 'receipt' : 'issue', itemId: item, warehouseId: c.mainWarehouseId, quantity, unitCost, date, source: { type: 'test', id: newId() },
    }]));
    await at('2025-12-15', '100', '10'); // opening 1,000.00
    await at('2026-01-10', '-60');        // issued 600.00
    await at('2026-01-20', '40', '10');   // closing 800.00
    await at('2026-02-05', '-10');        // after the period
    const report = await inT(() => turnoverReport({ from: '2026-01-01', to: '2026-01-31' }));
    expect(report.days).toBe(31);
    // average (1000 + 800) / 2 = 900; 600 / 900 = 0.67; 31 / 0.666… = 46.5 days
    expect(report.items.find((r) => r.itemId === item)).toMatchObject({
      openingValue: '1000.00', closingValue: '800.00', averageValue: '900.00', issuedCost: '600.00', turnover: '0.67', daysOfInventory: '46.5',
    });
    expect((await errorOf(inT(() => turnoverReport({ from: '2026-02-01', to: '2026-01-01' })))).code).toBe('inventory.report.badRange');
  });

  it('slow movers: stock held without an issue for N days', async () => {
    const slow = await createItem(tenant, c);
    const moving = await createItem(tenant, c);
    const fresh = await createItem(tenant, c);
    const move = (itemId: string, date: string, quantity: string) => inT(() => applyStockMoves([{
      kind: Number(quantity) > 0 ? 'receipt' : 'issue', itemId, warehouseId: c.rawWarehouseId, quantity, unitCost: Number(quantity) > 0 ? '1' : undefined, date, source: { type: 'test', id: newId() },
    }]));
    await move(slow, '2026-01-01', '5');
    await move(slow, '2026-02-01', '-1');
    await move(moving, '2026-01-01', '5');
    await move(moving, '2026-05-20', '-1');
    await move(fresh, '2026-05-25', '5');
    const report = await inT(() => slowMovers({ days: 30, warehouseId: c.rawWarehouseId, asOf: '2026-06-01' }));
    const ids = report.items.map((r) => r.itemId);
    expect(ids).toContain(slow);
    expect(ids).not.toContain(moving);
    expect(ids).not.toContain(fresh);
    expect(report.items.find((r) => r.itemId === slow)).toMatchObject({ lastIssueDate: '2026-02-01', daysSinceIssue: 120, onHand: '4.0000' });
  });
});
