import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser } from '../../../testing/fixtures.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { auditLog } from '../../../platform/audit/index.ts';
import { tx } from '../../../platform/tx/index.ts';
import { and, eq } from 'drizzle-orm';
import { assertWarehouse, defaultWarehouse, itemsByIds, unitNames, warehouseNames } from '../index.ts';
import { apiAs, manager, seedMasters } from './catalog-test-kit.ts';

let t: TestContext;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

describe('catalog API', () => {
  it('creates categories, units and items with conversions, and edits them', async () => {
    const tenant = await createTenant();
    const api = await apiAs(t, await createUser(tenant, { permissions: manager }));
    const m = await seedMasters(api);
    expect(m.office).toMatchObject({ code: 'OFFICE', parentId: m.goods.id, itemClass: 'goods', valuationMethod: 'movingAverage' });
    expect(m.kg).toMatchObject({ name: '千克', precision: 3, enabled: true });

    const created = await api.post('/catalog/items', {
      code: 'P001', name: 'A4 复印纸', spec: '70g 500张/包', categoryId: m.office.id, baseUnitId: m.pcs.id, purchaseUnitId: m.box.id,
      barcode: '6901234567892', purchasePrice: '18.5', salePrice: '25', taxRate: '13', defaultSupplierId: m.supplier.id,
      defaultWarehouseId: m.store.id, units: [{ unitId: m.box.id, factor: '24', barcode: '16901234567899' }],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      code: 'P001', categoryName: '办公用品', itemClass: 'goods', baseUnitName: '个', purchaseUnitId: m.box.id,
      purchasePrice: '18.500000', salePrice: '25.000000', taxRate: '13.00', stocked: true, allowNegative: false,
      defaultSupplierName: '深圳电子元件厂', defaultWarehouseName: '主仓库', enabled: true,
      units: [{ unitId: m.box.id, unitName: '箱', factor: '24.000000', barcode: '16901234567899' }],
    });
    const id = created.body.id as string;

    const edited = await api.put(`/catalog/items/${id}`, { name: 'A4 复印纸（70g）', units: [{ unitId: m.box.id, factor: '20' }], purchaseUnitId: null });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'A4 复印纸（70g）', purchaseUnitId: null, barcode: '6901234567892', units: [{ unitId: m.box.id, factor: '20.000000', barcode: null }] });
    expect((await api.get(`/catalog/items/${id}`)).body.units).toHaveLength(1);

    // The sub-category's items are listed under its parent; keyword matches code, name or barcode.
    expect((await api.get(`/catalog/items?categoryId=${m.goods.id}`)).body.items.map((i: { code: string }) => i.code)).toEqual(['P001']);
    expect((await api.get(`/catalog/items?keyword=${encodeURIComponent('复印')}`)).body.items).toHaveLength(1);
    expect((await api.get('/catalog/items?keyword=6901234567892')).body.items).toHaveLength(1);
    expect((await api.get('/catalog/items?itemClass=material')).body.items).toHaveLength(0);

    const audit = await inTenant({ tenantId: tenant.id }, () => tx().select().from(auditLog).where(and(eq(auditLog.entity, 'catalogItem'), eq(auditLog.entityId, id))));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update']);

    const category = await api.put(`/catalog/categories/${m.goods.id}`, { parentId: m.office.id });
    expect(category.body.error.code).toBe('catalog.category.cycle');
    expect((await api.put(`/catalog/units/${m.kg.id}`, { precision: 2 })).body.precision).toBe(2);
  });

  it('forces services to non-stocked and refuses bad references, units and barcodes', async () => {
    const tenant = await createTenant();
    const api = await apiAs(t, await createUser(tenant, { permissions: manager }));
    const m = await seedMasters(api);
    const base = { categoryId: m.material.id, baseUnitId: m.pcs.id };

    const service = await api.post('/catalog/items', { code: 'SV1', name: '设备维修服务', categoryId: m.service.id, baseUnitId: m.pcs.id, stocked: true, taxRate: '6' });
    expect(service.body).toMatchObject({ stocked: false, itemClass: 'service', taxRate: '6.00' });
    expect((await api.put(`/catalog/items/${service.body.id}`, { stocked: true })).body.stocked).toBe(false);

    const customerAsSupplier = await api.post('/catalog/items', { ...base, code: 'X1', name: '甲', defaultSupplierId: m.customer.id });
    expect(customerAsSupplier.status).toBe(400);
    expect(customerAsSupplier.body.error.code).toBe('catalog.item.supplierInvalid');
    const noWarehouse = await api.post('/catalog/items', { ...base, code: 'X1', name: '甲', defaultWarehouseId: '00000000-0000-7000-8000-000000000000' });
    expect([noWarehouse.status, noWarehouse.body.error.code]).toEqual([422, 'catalog.warehouse.notFound']);
    const badPurchaseUnit = await api.post('/catalog/items', { ...base, code: 'X1', name: '甲', purchaseUnitId: m.box.id });
    expect(badPurchaseUnit.body.error.code).toBe('catalog.item.defaultUnitInvalid');
    const baseAsConversion = await api.post('/catalog/items', { ...base, code: 'X1', name: '甲', units: [{ unitId: m.pcs.id, factor: '1' }] });
    expect(baseAsConversion.body.error.code).toBe('catalog.item.unitRepeated');
    const zeroFactor = await api.post('/catalog/items', { ...base, code: 'X1', name: '甲', units: [{ unitId: m.box.id, factor: '0' }] });
    expect([zeroFactor.status, zeroFactor.body.error.code]).toEqual([400, 'common.validation']);
    const unknownCategory = await api.post('/catalog/items', { ...base, categoryId: '00000000-0000-7000-8000-000000000000', code: 'X1', name: '甲' });
    expect([unknownCategory.status, unknownCategory.body.error.code]).toEqual([422, 'catalog.category.notFound']);

    expect((await api.post('/catalog/items', { ...base, code: 'B1', name: '乙', barcode: '111', units: [{ unitId: m.box.id, factor: '10', barcode: '222' }] })).status).toBe(201);
    const sameBarcode = await api.post('/catalog/items', { ...base, code: 'B2', name: '丙', barcode: '111' });
    expect([sameBarcode.status, sameBarcode.body.error.code]).toEqual([409, 'catalog.item.barcodeTaken']);
    // A case's barcode counts too.
    expect((await api.post('/catalog/items', { ...base, code: 'B2', name: '丙', barcode: '222' })).body.error.code).toBe('catalog.item.barcodeTaken');
    const takenCode = await api.post('/catalog/items', { ...base, code: 'B1', name: '丁' });
    expect([takenCode.status, takenCode.body.error.code]).toEqual([409, 'catalog.item.codeTaken']);
    expect((await api.post('/catalog/units', { code: 'PCS', name: '个' })).body.error.code).toBe('catalog.unit.codeTaken');

    // A warehouse disabled later does not block other edits of its items, but cannot be chosen anew.
    const stored = (await api.post('/catalog/items', { ...base, code: 'W1', name: '戊', defaultWarehouseId: m.store.id })).body;
    await api.put(`/catalog/warehouses/${m.store.id}`, { enabled: false });
    expect((await api.put(`/catalog/items/${stored.id}`, { name: '戊（新）' })).status).toBe(200);
    const other = await api.put(`/catalog/items/${service.body.id}`, { defaultWarehouseId: m.store.id });
    expect([other.status, other.body.error.code]).toEqual([422, 'catalog.warehouse.disabled']);
  });

  it('finds items by their own barcode or a unit’s barcode', async () => {
    const tenant = await createTenant();
    const api = await apiAs(t, await createUser(tenant, { permissions: manager }));
    const m = await seedMasters(api);
    const item = (await api.post('/catalog/items', {
      code: 'E100', name: '贴片电阻 10kΩ', categoryId: m.material.id, baseUnitId: m.pcs.id, barcode: '6900000000011',
      units: [{ unitId: m.box.id, factor: '5000', barcode: '6900000000028' }],
    })).body;
    const own = await api.get('/catalog/items/lookup?barcode=6900000000011');
    expect(own.body).toMatchObject({ id: item.id, matchedUnit: { unitId: m.pcs.id, unitName: '个', factor: '1' } });
    const viaBox = await api.get('/catalog/items/lookup?barcode=6900000000028');
    expect(viaBox.body).toMatchObject({ id: item.id, code: 'E100', matchedUnit: { unitId: m.box.id, unitName: '箱', factor: '5000.000000' } });
    const none = await api.get('/catalog/items/lookup?barcode=000');
    expect([none.status, none.body.error.code]).toEqual([404, 'catalog.item.barcodeNotFound']);
  });

  it('shows the purchase price only to holders of catalog.viewCost', async () => {
    const tenant = await createTenant();
    const api = await apiAs(t, await createUser(tenant, { permissions: manager }));
    const m = await seedMasters(api);
    const item = (await api.post('/catalog/items', { code: 'C1', name: '螺丝', categoryId: m.material.id, baseUnitId: m.pcs.id, purchasePrice: '0.12', salePrice: '0.3' })).body;
    expect(item.purchasePrice).toBe('0.120000');
    const reader = await apiAs(t, await createUser(tenant, { permissions: ['catalog.read'] }));
    expect((await reader.get(`/catalog/items/${item.id}`)).body).toMatchObject({ purchasePrice: null, salePrice: '0.300000' });
    expect((await reader.get('/catalog/items')).body.items[0]).toMatchObject({ code: 'C1', purchasePrice: null });
    expect((await reader.post('/catalog/items', { code: 'C2', name: '螺母', categoryId: m.material.id, baseUnitId: m.pcs.id })).status).toBe(403);
  });

  it('keeps one default warehouse and its locations', async () => {
    const tenant = await createTenant();
    const keeper = await createUser(tenant, { displayName: '杨磊', permissions: [] });
    const api = await apiAs(t, await createUser(tenant, { permissions: manager }));
    const main = (await api.post('/catalog/warehouses', { code: 'WH01', name: '主仓库', keeperId: keeper.id, locations: [{ code: 'A-01', name: 'A区1号' }, { code: 'A-02', name: 'A区2号' }] })).body;
    expect(main).toMatchObject({ isDefault: true, keeperName: '杨磊', locations: [{ code: 'A-01' }, { code: 'A-02' }] });
    const raw = (await api.post('/catalog/warehouses', { code: 'WH02', name: '原料仓', isDefault: true })).body;
    expect(raw.isDefault).toBe(true);
    const list = (await api.get('/catalog/warehouses')).body.items as { code: string; isDefault: boolean }[];
    expect(list.map((w) => [w.code, w.isDefault])).toEqual([['WH01', false], ['WH02', true]]);

    const a01 = main.locations[0];
    const edited = await api.put(`/catalog/warehouses/${main.id}`, { isDefault: true, locations: [{ id: a01.id, code: 'A-01', name: 'A区1号货架' }, { code: 'B-01', name: 'B区1号' }] });
    expect(edited.body.locations.map((l: { code: string; enabled: boolean }) => [l.code, l.enabled])).toEqual([['A-01', true], ['A-02', false], ['B-01', true]]);
    expect((await api.put(`/catalog/warehouses/${main.id}`, { locations: [{ code: 'C', name: '甲' }, { code: 'C', name: '乙' }] })).body.error.code).toBe('catalog.warehouse.locationCodeRepeated');
    expect((await api.put(`/catalog/warehouses/${raw.id}`, { enabled: false })).body.enabled).toBe(false);

    await inTenant({ tenantId: tenant.id }, async () => {
      expect(await defaultWarehouse()).toMatchObject({ id: main.id, code: 'WH01', name: '主仓库' });
      await expect(assertWarehouse(raw.id)).rejects.toMatchObject({ code: 'catalog.warehouse.disabled', status: 422 });
      await expect(assertWarehouse('00000000-0000-7000-8000-000000000000')).rejects.toMatchObject({ code: 'catalog.warehouse.notFound', status: 422 });
      expect(await warehouseNames([main.id, raw.id])).toEqual(new Map([[main.id, '主仓库'], [raw.id, '原料仓']]));
    });
  });

  it('keeps another company’s catalog out of reach', async () => {
    const tenant = await createTenant();
    const api = await apiAs(t, await createUser(tenant, { permissions: manager }));
    const m = await seedMasters(api);
    const item = (await api.post('/catalog/items', { code: 'Z1', name: '专用件', categoryId: m.material.id, baseUnitId: m.pcs.id, barcode: '999' })).body;

    const other = await createTenant('另一家公司');
    const stranger = await apiAs(t, await createUser(other, { permissions: manager }));
    expect((await stranger.get(`/catalog/items/${item.id}`)).status).toBe(404);
    expect((await stranger.get(`/catalog/items/${item.id}`)).body.error.code).toBe('catalog.item.notFound');
    expect((await stranger.put(`/catalog/items/${item.id}`, { name: '改' })).status).toBe(404);
    expect((await stranger.get('/catalog/items/lookup?barcode=999')).status).toBe(404);
    expect((await stranger.get('/catalog/items')).body.items).toEqual([]);
    expect((await stranger.put(`/catalog/warehouses/${m.store.id}`, { name: '改' })).status).toBe(404);
    // Another company's category or unit cannot be used either.
    const ownUnit = (await stranger.post('/catalog/units', { code: 'PCS', name: '个' })).body;
    expect((await stranger.post('/catalog/items', { code: 'Z1', name: '甲', categoryId: m.material.id, baseUnitId: ownUnit.id })).body.error.code).toBe('catalog.category.notFound');
    await inTenant({ tenantId: other.id }, async () => {
      expect((await itemsByIds([item.id])).size).toBe(0);
      expect((await unitNames([m.pcs.id])).size).toBe(0);
    });
  });
});

describe('API documentation', () => {
  it('lists the catalog and partner routes in the OpenAPI document', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths as Record<string, unknown>);
    expect(paths).toEqual(expect.arrayContaining([
      '/api/v1/catalog/items', '/api/v1/catalog/items/{id}', '/api/v1/catalog/items/lookup', '/api/v1/catalog/items/import',
      '/api/v1/catalog/items/import-template', '/api/v1/catalog/categories/{id}', '/api/v1/catalog/units/{id}', '/api/v1/catalog/warehouses/{id}',
      '/api/v1/partners/{id}', '/api/v1/partners/import', '/api/v1/partners/import-template',
    ]));
  });
});
