import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { toAppError } from '../../../platform/http/index.ts';
import { applyStockMoves, releaseReservation, reserveStock, stockOf, syncAllowNegative, adjustIncoming, type StockMoveInput } from '../index.ts';
import { stockLayers, stockMoves } from '../infra/inventory.tables.ts';
import { createItem, seedCatalog, type Catalog } from './inventory-kit.ts';

// The stock ledger: immutability, valuation (moving average and FIFO), the no-negative rule,
// reservations, incoming and transfers.

let t: TestContext;
let tenant: TestTenant;
let c: Catalog;
const inT = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);
const date = '2026-03-10';

async function errorOf(p: Promise<unknown>) {
  try { await p; } catch (e) { return toAppError(e); }
  throw new Error('expected a failure');
}

const move = (itemId: string, quantity: string, extra: Partial<StockMoveInput> = {}): StockMoveInput => ({
  kind: Number(quantity) > 0 ? 'receipt' : 'issue', itemId, warehouseId: c.mainWarehouseId, quantity, date,
  source: { type: 'test', id: newId(), number: 'T-1' }, ...extra,
});

async function balance(itemId: string, warehouseId = c.mainWarehouseId) {
  const [row] = await inT(() => stockOf([itemId], warehouseId));
  return row;
}

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  c = await seedCatalog(tenant);
});
afterAll(async () => { await t.close(); });

describe('moving average (移动加权平均)', () => {
  it('values receipts at cost and issues at the running average, balance value = Σ move values', async () => {
    const item = await createItem(tenant, c);
    await inT(() => applyStockMoves([move(item, '10', { unitCost: '10' })]));
    await inT(() => applyStockMoves([move(item, '20', { unitCost: '13' })]));
    // (100 + 260) / 30 = 12
    expect((await balance(item))).toMatchObject({ onHand: '30.0000', value: '360.00', avgCost: '12.000000' });
    const [issue] = await inT(() => applyStockMoves([move(item, '-7')]));
    expect(issue).toMatchObject({ quantity: '-7.0000', unitCost: '12.000000', value: '-84.00' });
    await inT(() => applyStockMoves([move(item, '3', { unitCost: '3.333333' })]));
    // 276 + 10.00 = 286.00 over 26
    const b = await balance(item);
    expect(b).toMatchObject({ onHand: '26.0000', value: '286.00', avgCost: '11.000000' });
    // Issuing the rest takes the whole value: nothing is left behind.
    const [last] = await inT(() => applyStockMoves([move(item, '-26')]));
    expect(last!.value).toBe('-286.00');
    expect(await balance(item)).toMatchObject({ onHand: '0.0000', value: '0.00' });
    const rows = await inT(() => tx().select().from(stockMoves).where(eq(stockMoves.itemId, item)).orderBy(stockMoves.seq));
    expect(rows.map((r) => r.balanceValue)).toEqual(['100.00', '360.00', '276.00', '286.00', '0.00']);
    const sum = rows.reduce((s, r) => s + Math.round(Number(r.value) * 100), 0);
    expect(sum).toBe(0);
  });

  it('rounds each issue to cents; emptying the stock takes exactly what is left', async () => {
    const item = await createItem(tenant, c);
    await inT(() => applyStockMoves([move(item, '3', { unitCost: '1' }), move(item, '1', { unitCost: '0.01' })]));
    // average 3.01 / 4 = 0.7525 → each single issue 0.75
    const issues = await inT(() => applyStockMoves([move(item, '-1'), move(item, '-1')]));
    expect(issues.map((m) => m.value)).toEqual(['-0.75', '-0.75']);
    expect(await balance(item)).toMatchObject({ onHand: '2.0000', value: '1.51', avgCost: '0.755000' });
    const [rest] = await inT(() => applyStockMoves([move(item, '-2')]));
    expect(rest!.value).toBe('-1.51');
    expect(await balance(item)).toMatchObject({ onHand: '0.0000', value: '0.00' });
  });
});

describe('FIFO (先进先出)', () => {
  it('issues the oldest layers first', async () => {
    const item = await createItem(tenant, c, { categoryId: c.fifoCategoryId });
    await inT(() => applyStockMoves([move(item, '10', { unitCost: '5' })]));
    await inT(() => applyStockMoves([move(item, '10', { unitCost: '8' })]));
    // 12 out: 10 × 5 + 2 × 8 = 66
    const [issue] = await inT(() => applyStockMoves([move(item, '-12')]));
    expect(issue).toMatchObject({ value: '-66.00', unitCost: '5.500000' });
    expect(await balance(item)).toMatchObject({ onHand: '8.0000', value: '64.00', avgCost: '8.000000' });
    const layers = await inT(() => tx().select().from(stockLayers).where(eq(stockLayers.itemId, item)).orderBy(stockLayers.moveSeq));
    expect(layers.map((l) => l.remaining)).toEqual(['0.0000', '8.0000']);
    await inT(() => applyStockMoves([move(item, '5', { unitCost: '9' })]));
    // 10 out: 8 × 8 + 2 × 9 = 82
    const [second] = await inT(() => applyStockMoves([move(item, '-10')]));
    expect(second!.value).toBe('-82.00');
    expect(await balance(item)).toMatchObject({ onHand: '3.0000', value: '27.00' });
  });
});

describe('transfer legs', () => {
  it('carry the FIFO cost of the outbound leg into the other warehouse', async () => {
    const item = await createItem(tenant, c, { categoryId: c.fifoCategoryId });
    await inT(() => applyStockMoves([move(item, '1', { unitCost: '1' }), move(item, '1', { unitCost: '2.005' })]));
    const transferId = newId();
    const legs = await inT(() => applyStockMoves([
      move(item, '-2', { kind: 'transfer', transferId }),
      move(item, '2', { kind: 'transfer', transferId, warehouseId: c.rawWarehouseId }),
    ]));
    expect(legs.map((l) => l.value)).toEqual(['-3.01', '3.01']);
    expect(await balance(item, c.rawWarehouseId)).toMatchObject({ onHand: '2.0000', value: '3.01' });
    // An inbound transfer leg with nothing to carry needs a cost like any receipt.
    const e = await errorOf(inT(() => applyStockMoves([move(item, '1', { kind: 'transfer', transferId: newId() })])));
    expect(e.code).toBe('inventory.move.costRequired');
  });
});

describe('the ledger is append-only', () => {
  it('refuses UPDATE and DELETE of a move in the database, mapped to a clear 409', async () => {
    const item = await createItem(tenant, c);
    const [m] = await inT(() => applyStockMoves([move(item, '1', { unitCost: '1' })]));
    const upd = await errorOf(inT(() => tx().update(stockMoves).set({ quantity: '100' }).where(eq(stockMoves.id, m!.moveId))));
    expect(upd).toMatchObject({ code: 'inventory.move.immutable', status: 409 });
    const del = await errorOf(inT(() => tx().delete(stockMoves).where(eq(stockMoves.id, m!.moveId))));
    expect(del.code).toBe('inventory.move.immutable');
    const [still] = await inT(() => tx().select().from(stockMoves).where(eq(stockMoves.id, m!.moveId)));
    expect(still!.quantity).toBe('1.0000');
  });
});

describe('no negative stock', () => {
  it('refuses an issue beyond on hand with the numbers, and writes nothing', async () => {
    const item = await createItem(tenant, c);
    await inT(() => applyStockMoves([move(item, '2', { unitCost: '4' })]));
    const e = await errorOf(inT(() => applyStockMoves([move(item, '-1'), move(item, '-2')])));
    expect(e).toMatchObject({ code: 'inventory.stock.insufficient', status: 409 });
    expect(e.details).toEqual({ itemId: item, warehouseId: c.mainWarehouseId, requested: '2.0000', available: '1.0000' });
    expect(await balance(item)).toMatchObject({ onHand: '2.0000', value: '8.00' });
  });

  it('the CHECK refuses negative on hand written directly', async () => {
    const item = await createItem(tenant, c);
    await inT(() => applyStockMoves([move(item, '1', { unitCost: '1' })]));
    const e = await errorOf(inT(() => tx().execute(sql`update stock_balances set on_hand = -1 where item_id = ${item}`)));
    expect(e.code).toBe('inventory.stock.insufficient');
  });

  it('an item that allows negative stock may go below zero, until the flag is taken away', async () => {
    const item = await createItem(tenant, c, { allowNegative: true });
    await inT(() => applyStockMoves([move(item, '1', { unitCost: '6' })]));
    await inT(() => applyStockMoves([move(item, '-3')]));
    expect(await balance(item)).toMatchObject({ onHand: '-2.0000', value: '-12.00' });
    const e = await errorOf(inT(() => syncAllowNegative(item, false)));
    expect(e.code).toBe('inventory.stock.insufficient');
  });

  it('switching allow-negative on lets the next issue through', async () => {
    const item = await createItem(tenant, c);
    await inT(() => applyStockMoves([move(item, '1', { unitCost: '2' })]));
    expect((await errorOf(inT(() => applyStockMoves([move(item, '-2')])))).code).toBe('inventory.stock.insufficient');
    await inT(() => syncAllowNegative(item, true));
    const [out] = await inT(() => applyStockMoves([move(item, '-2')]));
    expect(out!.value).toBe('-4.00');
    expect((await balance(item))!.onHand).toBe('-1.0000');
  });

  it('refuses services and unknown items', async () => {
    const service = await createItem(tenant, c, { categoryId: c.serviceCategoryId });
    expect((await errorOf(inT(() => applyStockMoves([move(service, '1', { unitCost: '1' })])))).code).toBe('inventory.item.notStocked');
    expect((await errorOf(inT(() => applyStockMoves([move(newId(), '1', { unitCost: '1' })])))).code).toBe('inventory.item.notFound');
    const item = await createItem(tenant, c);
    expect((await errorOf(inT(() => applyStockMoves([move(item, '1')])))).code).toBe('inventory.move.costRequired');
    expect((await errorOf(inT(() => applyStockMoves([move(item, '0', { unitCost: '1' })])))).code).toBe('inventory.move.invalid');
  });
});

describe('reservations', () => {
  it('reserve up to what is available, release gives it back, an issue consumes its own reservation', async () => {
    const item = await createItem(tenant, c);
    await inT(() => applyStockMoves([move(item, '5', { unitCost: '2' })]));
    const orderId = newId();
    const r1 = await inT(() => reserveStock({ itemId: item, warehouseId: c.mainWarehouseId, quantity: '3', source: { type: 'salesOrder', id: orderId } }));
    const e = await errorOf(inT(() => reserveStock({ itemId: item, warehouseId: c.mainWarehouseId, quantity: '3', source: { type: 'salesOrder', id: newId() } })));
    expect(e.code).toBe('inventory.stock.insufficient');
    expect(e.details).toMatchObject({ requested: '3.0000', available: '2.0000' });
    expect(await balance(item)).toMatchObject({ reserved: '3.0000', available: '2.0000' });
    // An unrelated issue may not take promised stock.
    expect((await errorOf(inT(() => applyStockMoves([move(item, '-3')])))).code).toBe('inventory.stock.insufficient');
    // The order's own issue consumes its reservation.
    await inT(() => applyStockMoves([move(item, '-3', { releaseReservation: { sourceType: 'salesOrder', sourceId: orderId } })]));
    expect(await balance(item)).toMatchObject({ onHand: '2.0000', reserved: '0.0000', available: '2.0000' });
    await inT(() => releaseReservation(r1.reservationId));
    expect((await balance(item))!.reserved).toBe('0.0000');
    const r2 = await inT(() => reserveStock({ itemId: item, warehouseId: c.mainWarehouseId, quantity: '2', source: { type: 'salesOrder', id: newId() } }));
    await inT(() => releaseReservation(r2.reservationId));
    await inT(() => releaseReservation(r2.reservationId));
    expect((await balance(item))!.reserved).toBe('0.0000');
    expect((await errorOf(inT(() => releaseReservation(newId())))).code).toBe('inventory.reservation.notFound');
  });

  it('no balance row: nothing to reserve', async () => {
    const item = await createItem(tenant, c);
    const e = await errorOf(inT(() => reserveStock({ itemId: item, warehouseId: c.mainWarehouseId, quantity: '1', source: { type: 'x', id: newId() } })));
    expect(e.details).toMatchObject({ available: '0.0000' });
  });
});

describe('incoming', () => {
  it('raises and lowers incoming, clamped at zero', async () => {
    const item = await createItem(tenant, c);
    await inT(() => adjustIncoming([{ itemId: item, warehouseId: c.mainWarehouseId, quantity: '10' }, { itemId: item, warehouseId: c.mainWarehouseId, quantity: '5' }]));
    expect((await balance(item))!.incoming).toBe('15.0000');
    await inT(() => adjustIncoming([{ itemId: item, warehouseId: c.mainWarehouseId, quantity: '-20' }]));
    expect((await balance(item))!.incoming).toBe('0.0000');
  });
});
