import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser } from '../../../testing/fixtures.ts';
import { apiAs, manager, seedMasters, xlsxBase64, xlsxHeaders, type Api } from './catalog-test-kit.ts';

let t: TestContext;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const headers = ['编码', '名称', '规格型号', '分类编码', '基本单位', '采购单位', '换算系数', '条码', '采购价', '销售价', '税率', '允许负库存'];

async function company(): Promise<{ api: Api; m: Awaited<ReturnType<typeof seedMasters>> }> {
  const api = await apiAs(t, await createUser(await createTenant(), { permissions: manager }));
  return { api, m: await seedMasters(api) };
}
const listed = async (api: Api) => ((await api.get('/catalog/items')).body.items as { code: string }[]).map((i) => i.code);

describe('item Excel import', () => {
  it('offers a template with the Chinese headers', async () => {
    const { api } = await company();
    const res = await api.get('/catalog/items/import-template');
    expect(res.status).toBe(200);
    expect(await xlsxHeaders(res.raw)).toEqual(headers);
  });

  it('creates items with a purchase unit conversion and updates existing codes', async () => {
    const { api, m } = await company();
    const existing = (await api.post('/catalog/items', { code: 'P001', name: '旧名称', categoryId: m.office.id, baseUnitId: m.pcs.id, salePrice: '30' })).body;
    const contentBase64 = await xlsxBase64(headers, [
      ['P001', 'A4 复印纸', '70g', '', '', '箱', 24, '6901234567892', 18.5, '', '13%', ''],
      ['R001', '铜线', 'Φ1.5mm', 'RAW', 'KG', '', '', '', '62.8', '', 0.13, '是'],
      ['S001', '设备维修', '', 'SVC', '个', '', '', '', '', '200', '6', '否'],
    ]);
    const res = await api.post('/catalog/items/import', { fileName: '物料.xlsx', contentBase64, dryRun: false });
    expect(res.body).toEqual({ created: 2, updated: 1, errors: [] });
    expect(await listed(api)).toEqual(['P001', 'R001', 'S001']);

    const paper = (await api.get(`/catalog/items/${existing.id}`)).body;
    expect(paper).toMatchObject({
      name: 'A4 复印纸', spec: '70g', categoryId: m.office.id, purchaseUnitId: m.box.id, barcode: '6901234567892',
      purchasePrice: '18.500000', salePrice: '30.000000', taxRate: '13.00', units: [{ unitId: m.box.id, factor: '24.000000' }],
    });
    const items = (await api.get('/catalog/items')).body.items as Record<string, unknown>[];
    expect(items.find((i) => i.code === 'R001')).toMatchObject({ baseUnitId: m.kg.id, itemClass: 'material', taxRate: '13.00', allowNegative: true, purchasePrice: '62.800000' });
    expect(items.find((i) => i.code === 'S001')).toMatchObject({ itemClass: 'service', stocked: false, taxRate: '6.00' });
  });

  it('writes nothing when a row is wrong, naming row and column; dry runs only count', async () => {
    const { api, m } = await company();
    await api.post('/catalog/items', { code: 'OLD', name: '已有物料', categoryId: m.office.id, baseUnitId: m.pcs.id, barcode: '111' });
    const contentBase64 = await xlsxBase64(headers, [
      ['A1', '合格行', '', 'RAW', '个', '', '', '', '', '', '', ''],
      ['A2', '坏分类', '', 'NOPE', '吨', '箱', '', '111', '-1', '', '120', '也许'],
      ['A1', '重复', '', 'RAW', '个', '', '', '', '', '', '', ''],
    ]);
    const res = await api.post('/catalog/items/import', { fileName: '物料.xlsx', contentBase64, dryRun: false });
    expect(res.body.created).toBe(0);
    expect(res.body.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, '分类编码', 'import.notFound'],
      [3, '基本单位', 'import.notFound'],
      [3, '换算系数', 'import.required'],
      [3, '采购价', 'import.invalidValue'],
      [3, '税率', 'import.invalidValue'],
      [3, '允许负库存', 'import.invalidValue'],
      [4, '编码', 'import.duplicateCode'],
    ]);
    expect(await listed(api)).toEqual(['OLD']);

    const takenBarcode = await xlsxBase64(headers, [['A3', '条码重复', '', 'RAW', '个', '', '', '111', '', '', '', '']]);
    expect((await api.post('/catalog/items/import', { fileName: 'a.xlsx', contentBase64: takenBarcode })).body.errors)
      .toEqual([expect.objectContaining({ row: 2, column: '条码', code: 'catalog.item.barcodeTaken' })]);
    const missingFactor = await xlsxBase64(headers, [['A4', '缺换算', '', 'RAW', '个', '箱', '', '', '', '', '', '']]);
    expect((await api.post('/catalog/items/import', { fileName: 'a.xlsx', contentBase64: missingFactor })).body.errors)
      .toEqual([expect.objectContaining({ row: 2, column: '换算系数', code: 'import.required' })]);

    const good = await xlsxBase64(headers, [['A1', '合格行', '', 'RAW', '个', '', '', '', '', '', '', ''], ['OLD', '改名', '', '', '', '', '', '', '', '', '', '']]);
    expect((await api.post('/catalog/items/import', { fileName: 'a.xlsx', contentBase64: good, dryRun: true })).body).toEqual({ created: 1, updated: 1, errors: [] });
    expect(await listed(api)).toEqual(['OLD']);
    const tooLarge = Buffer.alloc(2 * 1024 * 1024 + 1, 7).toString('base64');
    expect((await api.post('/catalog/items/import', { fileName: 'big.xlsx', contentBase64: tooLarge })).status).toBe(413);
  });
});
