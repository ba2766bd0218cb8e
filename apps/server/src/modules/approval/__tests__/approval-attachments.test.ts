import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceDetail } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { sessionHeaders, type TestUser } from '../../../testing/fixtures.ts';
import { apiAs, company, expenseForm, type Api, type Company } from './approval-test-kit.ts';

let t: TestContext;
let c: Company;
let as: Record<'employee' | 'salesHead' | 'colleague' | 'admin', Api>;

beforeAll(async () => {
  t = await createTestApp();
  c = await company();
  as = { employee: await apiAs(t, c.employee), salesHead: await apiAs(t, c.salesHead), colleague: await apiAs(t, c.colleague), admin: await apiAs(t, c.admin) };
});
afterAll(async () => { await t.close(); });

async function upload(user: TestUser, name: string, text = `content of ${name}`): Promise<string> {
  const res = await t.app.inject({
    method: 'POST', url: '/api/v1/files', payload: Buffer.from(text),
    headers: { ...(await sessionHeaders(user)), 'content-type': 'image/png', 'x-file-name': encodeURIComponent(name) },
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
}

async function download(user: TestUser, fileId: string): Promise<number> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/files/${fileId}/content`, headers: await sessionHeaders(user) });
  return res.statusCode;
}

async function submitWithInvoices(api: Api, invoices: string[], extra: Record<string, unknown> = {}) {
  return api.post<InstanceDetail>('/instances', { requestTypeId: await c.typeId('expense'), form: { ...expenseForm(), ...extra, invoices } });
}

describe('approval attachments', () => {
  it('lists the uploaded invoice in the detail and lets participants (only) download it', async () => {
    const fileId = await upload(c.employee, '出租车发票.png');
    const res = await submitWithInvoices(as.employee, [fileId]);
    expect(res.status, JSON.stringify(res.body.error)).toBe(201);
    expect(res.body.form.invoices).toEqual([fileId]);
    expect(res.body.files[fileId]).toEqual({ id: fileId, name: '出租车发票.png', size: Buffer.byteLength('content of 出租车发票.png'), mimeType: 'image/png' });

    const forHead = await as.salesHead.get<InstanceDetail>(`/instances/${res.body.id}`);
    expect(forHead.body.files[fileId]?.name).toBe('出租车发票.png');
    expect(await download(c.salesHead, fileId)).toBe(200);
    expect(await download(c.admin, fileId)).toBe(200);
    expect(await download(c.colleague, fileId)).toBe(404);
  });

  it('refuses files uploaded by someone else, unknown ids and malformed ids', async () => {
    const othersFile = await upload(c.colleague, 'colleague.png');
    for (const ids of [[othersFile], ['0190f4b2-0000-7000-8000-000000000000'], ['not-a-file']]) {
      const res = await submitWithInvoices(as.employee, ids);
      expect(res.status).toBe(400);
      expect(res.body.error?.code).toBe('approval.attachment.invalid');
    }
  });

  it('does not grant access to a file whose id is merely typed into a text field', async () => {
    const secret = await upload(c.colleague, 'salary.xlsx');
    const res = await submitWithInvoices(as.employee, [], { reason: secret });
    expect(res.status, JSON.stringify(res.body.error)).toBe(201);
    expect(res.body.files).toEqual({});
    expect(await download(c.employee, secret)).toBe(404);
  });

  it('takes attachments on a comment; the instance shares them with its participants', async () => {
    const invoice = await upload(c.employee, 'invoice.png');
    const submitted = await submitWithInvoices(as.employee, [invoice]);
    const note = await upload(c.salesHead, '说明.pdf');
    const commented = await as.salesHead.post<InstanceDetail>(`/instances/${submitted.body.id}/actions`, { action: 'comment', comment: '见附件', attachments: [note, invoice] });
    expect(commented.status, JSON.stringify(commented.body.error)).toBe(200);
    expect(commented.body.timeline.at(-1)).toMatchObject({ action: 'comment', attachments: [note, invoice] });
    expect(Object.keys(commented.body.files).sort()).toEqual([invoice, note].sort());
    expect(await download(c.employee, note)).toBe(200);

    const foreign = await upload(c.colleague, 'foreign.png');
    const refused = await as.salesHead.post<InstanceDetail>(`/instances/${submitted.body.id}/actions`, { action: 'comment', comment: '再看', attachments: [foreign] });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.code).toBe('approval.attachment.invalid');
  });
});
