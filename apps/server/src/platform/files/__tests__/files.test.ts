import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxFileBytes } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { auditLog } from '../../audit/index.ts';
import { asSystem } from '../../tx/index.ts';
import { fileContents, files, registerFileAccess } from '../index.ts';

let t: TestContext;
let tenant: TestTenant;
let owner: TestUser;
let ownerHeaders: AuthHeaders;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  owner = await createUser(tenant, { displayName: '徐明', permissions: [] });
  ownerHeaders = await sessionHeaders(owner);
});
afterAll(async () => { await t?.close(); });

const chineseName = '报销发票 (2026年11月).pdf';

function upload(headers: Record<string, string>, payload: Buffer | string, extra: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST', url: '/api/v1/files', payload,
    headers: { ...headers, 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(chineseName), ...extra },
  });
}

const countFiles = () => asSystem(async (db) => ({
  files: (await db.select({ id: files.id }).from(files)).length,
  contents: (await db.select({ id: fileContents.fileId }).from(fileContents)).length,
}));

/** RFC 5987 `filename*=UTF-8''…` as a browser decodes it. */
function dispositionName(header: unknown): string {
  const match = /filename\*=UTF-8''([^;]+)/.exec(String(header));
  if (!match?.[1]) throw new Error(`no filename* in ${String(header)}`);
  return decodeURIComponent(match[1]);
}

describe('files', () => {
  it('stores an upload and gives back the same bytes under the original Chinese name', async () => {
    const bytes = Buffer.from('%PDF-1.4 发票内容 \u0000\u00ff binary', 'utf8');
    const res = await upload(ownerHeaders, bytes);
    expect(res.statusCode).toBe(201);
    const stored = res.json();
    expect(stored).toMatchObject({ name: chineseName, size: bytes.length, mimeType: 'application/pdf' });
    expect(stored.sha256).toBe((await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'));

    const meta = await t.app.inject({ method: 'GET', url: `/api/v1/files/${stored.id}`, headers: ownerHeaders });
    expect(meta.statusCode).toBe(200);
    expect(meta.json()).toMatchObject({ id: stored.id, name: chineseName, uploadedBy: { id: owner.id, displayName: '徐明' } });

    const content = await t.app.inject({ method: 'GET', url: `/api/v1/files/${stored.id}/content`, headers: ownerHeaders });
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(bytes)).toBe(true);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['x-content-type-options']).toBe('nosniff');
    expect(content.headers['cache-control']).toBe('private');
    expect(dispositionName(content.headers['content-disposition'])).toBe(chineseName);

    const audit = await asSystem((db) => db.select().from(auditLog).where(eq(auditLog.entityId, stored.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'file', action: 'upload', userId: owner.id });
    expect(JSON.stringify(audit[0]?.after)).not.toContain('PDF-1.4');
  });

  it('accepts any content type, even JSON, as opaque bytes', async () => {
    const res = await upload(ownerHeaders, '{"not":"parsed"}', { 'content-type': 'application/json', 'x-file-name': 'data.json' });
    expect(res.statusCode).toBe(201);
    const content = await t.app.inject({ method: 'GET', url: `/api/v1/files/${res.json().id}/content`, headers: ownerHeaders });
    expect(content.body).toBe('{"not":"parsed"}');
  });

  it('stores a body sent without Content-Type as application/octet-stream, named "file" without X-File-Name', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/files', payload: Buffer.from('raw'), headers: { ...ownerHeaders } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'file', size: 3, mimeType: 'application/octet-stream' });
  });

  it('refuses a malformed X-File-Name with 400', async () => {
    const res = await upload(ownerHeaders, Buffer.from('x'), { 'x-file-name': '%E0%A4%A' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('files.file.badName');
  });

  it('refuses a file over 10 MiB with 413 and writes nothing', async () => {
    const before = await countFiles();
    const res = await upload(ownerHeaders, Buffer.alloc(maxFileBytes + 1, 1));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('common.payloadTooLarge');
    expect(await countFiles()).toEqual(before);
  });

  it('refuses an empty body with 400', async () => {
    const before = await countFiles();
    const res = await upload(ownerHeaders, Buffer.alloc(0));
    expect(res.statusCode).toBe(400);
    expect(await countFiles()).toEqual(before);
  });

  it('requires the CSRF header for cookie uploads', async () => {
    const res = await upload({ cookie: ownerHeaders.cookie }, Buffer.from('x'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('common.csrf');
  });

  it('hides a file from colleagues without access and from other tenants (404)', async () => {
    const id = (await upload(ownerHeaders, Buffer.from('secret'))).json().id as string;
    const colleague = await sessionHeaders(await createUser(tenant, { permissions: ['*'] }));
    const outsider = await sessionHeaders(await createUser(await createTenant('别的公司'), { permissions: ['*'] }));
    for (const headers of [colleague, outsider]) {
      for (const url of [`/api/v1/files/${id}`, `/api/v1/files/${id}/content`]) {
        const res = await t.app.inject({ method: 'GET', url, headers });
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('files.file.notFound');
      }
    }
  });

  it('lets a colleague read a file when a registered resolver vouches', async () => {
    const id = (await upload(ownerHeaders, Buffer.from('shared'))).json().id as string;
    const reader = await createUser(tenant, { permissions: [] });
    registerFileAccess(async (fileId, principal) => fileId === id && principal.userId === reader.id);
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/files/${id}/content`, headers: await sessionHeaders(reader) });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('shared');
  });
});
