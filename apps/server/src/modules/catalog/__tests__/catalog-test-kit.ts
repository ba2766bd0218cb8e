import ExcelJS from 'exceljs';
import type { TestContext } from '../../../testing/test-app.ts';
import { sessionHeaders, type TestUser } from '../../../testing/fixtures.ts';

// Shared set-up of the catalog tests: an HTTP client per user, xlsx building and a small master-data set.

export interface Reply {
  status: number;
  body: Loose;
  headers: Record<string, unknown>;
  raw: Buffer;
}
export type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

export interface Api {
  get(url: string): Promise<Reply>;
  post(url: string, body?: unknown): Promise<Reply>;
  put(url: string, body: unknown): Promise<Reply>;
  patch(url: string, body: unknown): Promise<Reply>;
}

export async function apiAs(t: TestContext, user: TestUser, locale = 'en-US'): Promise<Api> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': locale };
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, body?: unknown): Promise<Reply> => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    const json = String(res.headers['content-type'] ?? '').includes('json');
    return { status: res.statusCode, body: json && res.body ? res.json() : {}, headers: res.headers, raw: res.rawPayload };
  };
  return { get: (u) => call('GET', u), post: (u, b) => call('POST', u, b ?? {}), put: (u, b) => call('PUT', u, b), patch: (u, b) => call('PATCH', u, b) };
}

/** An .xlsx with `rows` under `headers`, as base64 — what the web sends after reading a file. */
export async function xlsxBase64(headers: readonly string[], rows: readonly (readonly (string | number | null)[])[]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

/** Headers of the first sheet of a downloaded workbook. */
export async function xlsxHeaders(content: Buffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const headers: string[] = [];
  workbook.worksheets[0]?.getRow(1).eachCell((cell) => { headers.push(String(cell.value)); });
  return headers;
}

export const manager = ['catalog.read', 'catalog.manage', 'catalog.viewCost', 'partner.read', 'partner.manage'];

/** A small master-data set: a category of each kind, units 个/箱/千克, a supplier, a warehouse. */
export async function seedMasters(api: Api) {
  const material = (await api.post('/catalog/categories', { code: 'RAW', name: '原材料', itemClass: 'material' })).body;
  const goods = (await api.post('/catalog/categories', { code: 'GOODS', name: '库存商品', itemClass: 'goods' })).body;
  const office = (await api.post('/catalog/categories', { code: 'OFFICE', name: '办公用品', itemClass: 'goods', parentId: goods.id })).body;
  const service = (await api.post('/catalog/categories', { code: 'SVC', name: '服务', itemClass: 'service' })).body;
  const pcs = (await api.post('/catalog/units', { code: 'PCS', name: '个' })).body;
  const box = (await api.post('/catalog/units', { code: 'BOX', name: '箱' })).body;
  const kg = (await api.post('/catalog/units', { code: 'KG', name: '千克', precision: 3 })).body;
  const supplier = (await api.post('/partners', { code: 'S001', name: '深圳电子元件厂', isSupplier: true })).body;
  const customer = (await api.post('/partners', { code: 'C001', name: '华东贸易有限公司', isCustomer: true })).body;
  const store = (await api.post('/catalog/warehouses', { code: 'WH01', name: '主仓库', locations: [{ code: 'A-01', name: 'A区1号货架' }] })).body;
  return { material, goods, office, service, pcs, box, kg, supplier, customer, store };
}
