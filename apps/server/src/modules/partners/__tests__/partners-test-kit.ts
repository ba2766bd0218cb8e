import ExcelJS from 'exceljs';
import type { TestContext } from '../../../testing/test-app.ts';
import { sessionHeaders, type TestUser } from '../../../testing/fixtures.ts';

// Shared set-up of the partner tests: an HTTP client per user and xlsx building (the catalog tests keep their own copy: tests do not reach across modules).

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
