import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import Decimal from 'decimal.js';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, type TestTenant } from '../../../testing/fixtures.ts';
import { testDbKind } from '../../../testing/test-database.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { toAppError } from '../../../platform/http/index.ts';
import { applyStockMoves, reserveStock, stockOf } from '../index.ts';
import { createTransfer } from '../application/transfers.ts';
import { createItem, seedCatalog, type Catalog } from './inventory-kit.ts';

// No oversell under concurrency, on a real PostgreSQL with a connection pool (PGlite has one
// connection, so nothing there is concurrent).

let t: TestContext;
let tenant: TestTenant;
let c: Catalog;
const inT = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);
const today = new Date().toISOString().slice(0, 10);

async function receive(itemId: string, quantity: string, warehouseId = c.mainWarehouseId) {
  await inT(() => applyStockMoves([{ kind: 'receipt', itemId, warehouseId, quantity, unitCost: '1', date: today, source: { type: 'test', id: newId() } }]));
}

function codesOf(results: PromiseSettledResult<unknown>[]): string[] {
  return results.flatMap((r) => (r.status === 'rejected' ? [toAppError(r.reason).code] : []));
}

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  c = await seedCatalog(tenant);
});
afterAll(async () => { await t.close(); });

describe.skipIf(testDbKind !== 'postgres')('concurrency (PostgreSQL)', () => {
  it('50 concurrent clients issuing the last unit: exactly one succeeds', async () => {
    const item = await createItem(tenant, c);
    await receive(item, '1');
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, i) => inT(() => applyStockMoves([{
      kind: 'issue', itemId: item, warehouseId: c.mainWarehouseId, quantity: '-1', date: today, source: { type: 'salesDelivery', id: newId(), number: `CK-${i}` },
    }]))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(new Set(codesOf(results))).toEqual(new Set(['inventory.stock.insufficient']));
    const [b] = await inT(() => stockOf([item], c.mainWarehouseId));
    expect(b).toMatchObject({ onHand: '0.0000', value: '0.00' });
    const moves = await inT(() => tx().execute(sql`select count(*)::int as n from stock_moves where item_id = ${item}`));
    expect((moves as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(2);
  });

  it('64 concurrent reservations on 4 hot items never promise more than is on hand', async () => {
    const items = await Promise.all([0, 1, 2, 3].map(() => createItem(tenant, c)));
    for (const item of items) await receive(item, '10');
    const quantities = [1, 2, 3];
    const results = await Promise.allSettled(Array.from({ length: 64 }, (_, i) => inT(() => reserveStock({
      itemId: items[i % 4]!, warehouseId: c.mainWarehouseId, quantity: String(quantities[i % 3]), source: { type: 'salesOrder', id: newId() },
    }))));
    expect(new Set(codesOf(results))).toEqual(new Set(['inventory.stock.insufficient']));
    const balances = await inT(() => stockOf(items, c.mainWarehouseId));
    for (const b of balances) {
      expect(new Decimal(b.reserved).lte(b.onHand)).toBe(true);
      // Every unit that could be promised was: what is left is less than the smallest failed ask.
      expect(new Decimal(b.available).lt(3)).toBe(true);
    }
    const active = await inT(() => tx().execute(sql`select item_id, sum(quantity)::text as q from stock_reservations where status = 'active' group by item_id`));
    const byItem = new Map((active as unknown as { rows: { item_id: string; q: string }[] }).rows.map((r) => [r.item_id, new Decimal(r.q)]));
    for (const b of balances) expect(byItem.get(b.itemId)?.toFixed(4)).toBe(b.reserved);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(4 * 4);
  });

  it('transfers in opposite directions at once neither deadlock nor lose stock', async () => {
    const a = await createItem(tenant, c);
    const b = await createItem(tenant, c);
    for (const item of [a, b]) {
      await receive(item, '100', c.mainWarehouseId);
      await receive(item, '100', c.rawWarehouseId);
    }
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => inT(() => createTransfer({
      fromWarehouseId: i % 2 ? c.mainWarehouseId : c.rawWarehouseId,
      toWarehouseId: i % 2 ? c.rawWarehouseId : c.mainWarehouseId,
      date: today,
      // Lines in opposite item orders as well.
      lines: i % 2 ? [{ itemId: a, quantity: '1' }, { itemId: b, quantity: '1' }] : [{ itemId: b, quantity: '1' }, { itemId: a, quantity: '1' }],
    }))));
    expect(codesOf(results)).toEqual([]);
    const balances = await inT(() => stockOf([a, b]));
    for (const item of [a, b]) {
      const total = balances.filter((x) => x.itemId === item).reduce((s, x) => s.plus(x.onHand), new Decimal(0));
      expect(total.toFixed(4)).toBe('200.0000');
    }
  });
});
