import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser } from '../../../testing/fixtures.ts';
import { apiAs, xlsxBase64, xlsxHeaders, type Api } from './partners-test-kit.ts';

let t: TestContext;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => { await t.close(); });

const headers = ['编码', '名称', '客户', '供应商', '统一社会信用代码', '账期天数', '联系人', '电话', '地址', '开户行', '账户名', '银行账号'];

async function importer(): Promise<Api> {
  const tenant = await createTenant();
  return apiAs(t, await createUser(tenant, { permissions: ['partner.read', 'partner.manage'] }));
}
const codes = async (api: Api) => ((await api.get('/partners')).body.items as { code: string }[]).map((p) => p.code);

describe('partner Excel import', () => {
  it('offers a template with the Chinese headers', async () => {
    const api = await importer();
    const res = await api.get('/partners/import-template');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(await xlsxHeaders(res.raw)).toEqual(headers);
  });

  it('creates new partners, updates existing ones by code, and fills contacts, accounts and addresses', async () => {
    const api = await importer();
    const existing = (await api.post('/partners', { code: 'S001', name: '旧名称', isSupplier: true, paymentTermDays: 45, creditCode: '91440300708461136T' })).body;
    const contentBase64 = await xlsxBase64(headers, [
      ['S001', '深圳电子元件厂', '', '是', '', '', '王强', '13812345678', '深圳市南山区科技园', '招商银行深圳分行', '深圳电子元件厂', '755901234567890'],
      ['C001', '华东贸易有限公司', '是', '否', '91350100M000100Y43', 60, '李娜', '021-12345678', '', '', '', ''],
      ['B001', '华南集团', 'Y', 'Y', '', '', '', '', '', '', '', ''],
    ]);
    const res = await api.post('/partners/import', { fileName: '往来单位.xlsx', contentBase64, dryRun: false });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 2, updated: 1, errors: [] });
    expect(await codes(api)).toEqual(['B001', 'C001', 'S001']);

    const supplier = (await api.get(`/partners/${existing.id}`)).body;
    // Blank cells keep what was stored (账期 45, the credit code).
    expect(supplier).toMatchObject({ name: '深圳电子元件厂', paymentTermDays: 45, creditCode: '91440300708461136T', isSupplier: true, contactName: '王强' });
    expect(supplier.contacts).toEqual([expect.objectContaining({ name: '王强', mobile: '13812345678', isPrimary: true })]);
    expect(supplier.bankAccounts).toEqual([expect.objectContaining({ bankName: '招商银行深圳分行', accountNo: '755901234567890', isDefault: true })]);
    expect(supplier.addresses).toEqual([expect.objectContaining({ kind: 'office', detail: '深圳市南山区科技园', isDefault: true })]);
    const customer = (await api.get('/partners?q=C001')).body.items[0];
    expect(customer).toMatchObject({ isCustomer: true, isSupplier: false, paymentTermDays: 60, creditCode: '91350100M000100Y43' });
    expect((await api.get(`/partners/${customer.id}`)).body.contacts[0]).toMatchObject({ name: '李娜', phone: '021-12345678', mobile: null });
  });

  it('writes nothing when one row is wrong, and names the row and column', async () => {
    const api = await importer();
    const contentBase64 = await xlsxBase64(headers, [
      ['S001', '深圳电子元件厂', '', '是', '91440300708461136T', '', '', '', '', '', '', ''],
      ['S002', '苏州精密五金', '', '是', '91440300708461136X', '', '', '', '', '', '', ''],
      ['S003', '', '', '是', '', '30天', '', '12345', '', '工商银行', '', '', ''],
      ['S001', '重复', '', '', '', '', '', '', '', '', '', ''],
    ]);
    const res = await api.post('/partners/import', { fileName: '往来单位.xlsx', contentBase64, dryRun: false });
    expect(res.status).toBe(200);
    expect(res.body.created).toBe(0);
    expect(res.body.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual([
      [3, '统一社会信用代码', 'partner.creditCodeInvalid'],
      [4, '名称', 'import.required'],
      [4, '账期天数', 'import.invalidValue'],
      [4, '电话', 'import.invalidValue'],
      [4, '账户名', 'import.required'],
      [4, '银行账号', 'import.required'],
      [5, '编码', 'import.duplicateCode'],
    ]);
    expect(res.body.errors[0].message).toMatch(/check character/);
    expect(await codes(api)).toEqual([]);
  });

  it('only counts on a dry run, and refuses oversized files with a 413', async () => {
    const api = await importer();
    const contentBase64 = await xlsxBase64(headers, [['S001', '深圳电子元件厂', '', '是', '', '', '', '', '', '', '', '']]);
    const dry = await api.post('/partners/import', { fileName: 'a.xlsx', contentBase64, dryRun: true });
    expect(dry.body).toEqual({ created: 1, updated: 0, errors: [] });
    expect(await codes(api)).toEqual([]);

    const tooManyRows = await xlsxBase64(headers, Array.from({ length: 5001 }, (_, i) => [`P${i}`, `单位${i}`]));
    const many = await api.post('/partners/import', { fileName: 'big.xlsx', contentBase64: tooManyRows, dryRun: true });
    expect([many.status, many.body.error.code]).toEqual([413, 'import.tooManyRows']);
    const tooLarge = Buffer.alloc(2 * 1024 * 1024 + 1, 1).toString('base64');
    const large = await api.post('/partners/import', { fileName: 'big.xlsx', contentBase64: tooLarge, dryRun: true });
    expect([large.status, large.body.error.code]).toEqual([413, 'import.fileTooLarge']);
    const notExcel = await api.post('/partners/import', { fileName: 'a.xlsx', contentBase64: Buffer.from('编码,名称').toString('base64') });
    expect([notExcel.status, notExcel.body.error.code]).toEqual([400, 'import.unreadable']);
    const missing = await api.post('/partners/import', { fileName: 'a.xlsx', contentBase64: await xlsxBase64(['名称'], [['甲']]) });
    expect(missing.body.errors).toEqual([expect.objectContaining({ row: 1, column: '编码', code: 'import.missingColumn' })]);
    const reader = await apiAs(t, await createUser(await createTenant(), { permissions: ['partner.read'] }));
    expect((await reader.post('/partners/import', { fileName: 'a.xlsx', contentBase64 })).status).toBe(403);
  });
});
