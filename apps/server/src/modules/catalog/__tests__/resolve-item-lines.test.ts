import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { applyStockMoves, stockBalances } from '../../inventory/index.ts';
import { itemsByIds, resolveItemLines } from '../index.ts';
import { apiAs, manager, seedMasters, type Api, type Loose } from './catalog-test-kit.ts';

let t: TestContext;
let tenant: TestTenant;
let api: Api;
let m: Awaited<ReturnType<typeof seedMasters>>;
let paper: Loose;
let copper: Loose;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  api = await apiAs(t, await createUser(tenant, { permissions: manager }));
  m = await seedMasters(api);
  // 1 箱 = 24 个 (箱 precision 0); copper wire counted in 千克 (precision 3), bought in 箱 of 12.5 千克.
  paper = (await api.post('/catalog/items', { code: 'P001', name: 'A4 复印纸', categoryId: m.office.id, baseUnitId: m.pcs.id, purchaseUnitId: m.box.id, purchasePrice: '18.5', units: [{ unitId: m.box.id, factor: '24' }] })).body;
  copper = (await api.post('/catalog/items', { code: 'R001', name: '铜线', categoryId: m.material.id, baseUnitId: m.kg.id, units: [{ unitId: m.box.id, factor: '12.5' }] })).body;
});
afterAll(async () => { await t.close(); });

const inCompany = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);

describe('resolveItemLines', () => {
  it('converts each line to base units with the item’s facts', async () => {
    const lines = await inCompany(() => resolveItemLines([
      { itemId: paper.id, unitId: m.box.id, quantity: '2' },
      { itemId: paper.id, quantity: '5' },
      { itemId: copper.id, unitId: m.kg.id, quantity: '1.250' },
      { itemId: copper.id, unitId: m.box.id, quantity: '3' },
    ]));
    expect(lines.map((l) => [l.unitName, l.factor, l.quantity, l.baseQuantity])).toEqual([
      ['箱', '24', '2', '48'],
      ['个', '1', '5', '5'],
      ['千克', '1', '1.25', '1.25'],
      ['箱', '12.5', '3', '37.5'],
    ]);
    expect(lines[0]?.item).toMatchObject({
      id: paper.id, code: 'P001', itemClass: 'goods', valuationMethod: 'movingAverage', baseUnitId: m.pcs.id, baseUnitName: '个',
      purchaseUnitId: m.box.id, purchasePrice: '18.500000', taxRate: '13.00', stocked: true, allowNegative: false, enabled: true,
    });
    expect(lines[3]?.item.itemClass).toBe('material');
  });

  it('refuses unknown and disabled items, foreign units and bad quantities, naming the line', async () => {
    const unknown = '00000000-0000-7000-8000-000000000000';
    const fails = (lines: Parameters<typeof resolveItemLines>[0]) => inCompany(() => resolveItemLines(lines));
    await expect(fails([{ itemId: paper.id, quantity: '1' }, { itemId: unknown, quantity: '1' }]))
      .rejects.toMatchObject({ code: 'catalog.item.notFound', status: 422, details: { line: 2, itemId: unknown } });
    await expect(fails([{ itemId: paper.id, unitId: m.kg.id, quantity: '1' }]))
      .rejects.toMatchObject({ code: 'catalog.unit.notForItem', status: 422, details: { line: 1, unitId: m.kg.id } });
    for (const quantity of ['0', '-1', '0.000', 'abc', '', '1e3', 'Infinity', 'NaN']) {
      await expect(fails([{ itemId: paper.id, quantity }])).rejects.toMatchObject({ code: 'catalog.quantity.notPositive', status: 422, details: { line: 1 } });
    }
    // 个 and 箱 take whole numbers; 千克 three decimals.
    await expect(fails([{ itemId: paper.id, unitId: m.box.id, quantity: '1.5' }]))
      .rejects.toMatchObject({ code: 'catalog.quantity.tooPrecise', status: 422, details: { line: 1, precision: 0 } });
    await expect(fails([{ itemId: copper.id, quantity: '2.0005' }])).rejects.toMatchObject({ code: 'catalog.quantity.tooPrecise', details: { precision: 3 } });
    await expect(fails([{ itemId: copper.id, quantity: '2.0050' }])).resolves.toHaveLength(1);

    const other = await createTenant();
    await expect(inTenant({ tenantId: other.id }, () => resolveItemLines([{ itemId: paper.id, quantity: '1' }])))
      .rejects.toMatchObject({ code: 'catalog.item.notFound' });

    const retired = (await api.post('/catalog/items', { code: 'OLD', name: '停用件', categoryId: m.material.id, baseUnitId: m.pcs.id })).body;
    await api.put(`/catalog/items/${retired.id}`, { enabled: false });
    await expect(fails([{ itemId: retired.id, quantity: '1' }])).rejects.toMatchObject({ code: 'catalog.item.disabled', details: { line: 1, itemId: retired.id } });
    expect((await inCompany(() => itemsByIds([retired.id, unknown]))).get(retired.id)?.enabled).toBe(false);
  });

  it('copies a change of allowNegative into the item’s stock balances, and then locks the base unit', async () => {
    const bolt = (await api.post('/catalog/items', { code: 'BOLT', name: '螺栓', categoryId: m.material.id, baseUnitId: m.pcs.id })).body;
    await inCompany(() => applyStockMoves([{
      kind: 'receipt', itemId: bolt.id, warehouseId: m.store.id, quantity: '10', unitCost: '1.5', date: '2026-11-01',
      source: { type: 'test', id: bolt.id, number: 'T1' },
    }]));
    const flag = () => inCompany(async () => (await tx().select().from(stockBalances).where(eq(stockBalances.itemId, bolt.id))).map((b) => b.allowNegative));
    expect(await flag()).toEqual([false]);
    expect((await api.put(`/catalog/items/${bolt.id}`, { allowNegative: true })).body.allowNegative).toBe(true);
    expect(await flag()).toEqual([true]);
    const rebase = await api.put(`/catalog/items/${bolt.id}`, { baseUnitId: m.kg.id });
    expect([rebase.status, rebase.body.error.code]).toEqual([409, 'catalog.item.baseUnitLocked']);
    // Its stock was posted as 原材料 at moving average: neither the item nor its category may change that now.
    const fifo = (await api.post('/catalog/categories', { code: 'RAW-FIFO', name: '原材料（先进先出）', itemClass: 'material', valuationMethod: 'fifo' })).body;
    expect((await api.put(`/catalog/items/${bolt.id}`, { categoryId: fifo.id })).body.error.code).toBe('catalog.item.categoryLocked');
    expect((await api.put(`/catalog/items/${bolt.id}`, { categoryId: m.goods.id })).body.error.code).toBe('catalog.item.categoryLocked');
    const reclass = await api.put(`/catalog/categories/${m.material.id}`, { valuationMethod: 'fifo' });
    expect([reclass.status, reclass.body.error.code]).toEqual([409, 'catalog.category.stockHeld']);
    expect((await api.put(`/catalog/categories/${m.material.id}`, { name: '原材料及辅料' })).status).toBe(200);
    // Without stock, the same moves are fine.
    expect((await api.put(`/catalog/categories/${m.office.id}`, { valuationMethod: 'fifo' })).body.valuationMethod).toBe('fifo');
  });
});
