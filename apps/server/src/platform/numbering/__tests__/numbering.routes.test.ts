import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NumberingRule } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant } from '../../tx/index.ts';
import { registerDocType } from '../doc-type.registry.ts';
import { nextNumber } from '../next-number.ts';
import { periodOf } from '../number-format.ts';

let t: TestContext;
let a: TestTenant;
let admin: AuthHeaders;
let clerk: AuthHeaders;
let otherAdmin: AuthHeaders;
const period = () => periodOf('YYYYMM', new Date());

registerDocType({ type: 'testRequest', label: { 'zh-CN': '测试申请', 'en-US': 'Test request' }, defaultPrefix: 'TR' });

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant();
  admin = await sessionHeaders(await createUser(a, { permissions: ['platform.numbering.manage', 'platform.audit.read'] }));
  clerk = await sessionHeaders(await createUser(a, { permissions: [] }));
  otherAdmin = await sessionHeaders(await createUser(await createTenant(), { permissions: ['platform.numbering.manage'] }));
});
afterAll(async () => { await t.close(); });

async function rules(headers: AuthHeaders): Promise<NumberingRule[]> {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/numbering/rules', headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
}

describe('numbering rules API', () => {
  it('lists registered document types with their defaults', async () => {
    const rule = (await rules(admin)).find((r) => r.docType === 'testRequest');
    expect(rule).toEqual({
      docType: 'testRequest', label: { 'zh-CN': '测试申请', 'en-US': 'Test request' },
      prefix: 'TR', datePattern: 'YYYYMM', padding: 4, separator: '-', configured: false, example: `TR-${period()}-0001`,
    });
  });

  it('saves a rule, audits the change, and numbers by it', async () => {
    const res = await t.app.inject({
      method: 'PUT', url: '/api/v1/numbering/rules/testRequest', headers: admin,
      payload: { prefix: 'SQ', datePattern: 'YYYY', padding: 5, separator: '/' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const year = periodOf('YYYY', new Date());
    expect(res.json()).toMatchObject({ prefix: 'SQ', configured: true, example: `SQ/${year}/00001` });
    expect(await inTenant({ tenantId: a.id }, () => nextNumber('testRequest'))).toBe(`SQ/${year}/00001`);
    expect((await rules(admin)).find((r) => r.docType === 'testRequest')?.example).toBe(`SQ/${year}/00002`);
    const audit = await t.app.inject({ method: 'GET', url: '/api/v1/audit?entity=numberingRule', headers: admin });
    expect(audit.json().items[0]).toMatchObject({ entityId: 'testRequest', action: 'update', before: null, after: { prefix: 'SQ', datePattern: 'YYYY' } });
  });

  it('keeps each company\'s rules to itself', async () => {
    expect((await rules(otherAdmin)).find((r) => r.docType === 'testRequest')).toMatchObject({ prefix: 'TR', configured: false });
  });

  it('previews an unsaved edit without taking a number', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/v1/numbering/rules/testRequest/preview', headers: admin,
      payload: { separator: '', padding: 3 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ example: `SQ${periodOf('YYYY', new Date())}002` });
    const noBody = await t.app.inject({ method: 'POST', url: '/api/v1/numbering/rules/testRequest/preview', headers: admin });
    expect(noBody.statusCode, noBody.body).toBe(200);
    expect(noBody.json().example).toBe(`SQ/${periodOf('YYYY', new Date())}/00002`);
  });

  it('refuses a malformed rule with the fields at fault', async () => {
    const bad = [
      { prefix: 'pr', datePattern: 'YYYYMM', padding: 4, separator: '-' },
      { prefix: 'TOOLONGPREFIX', datePattern: 'YYYYMM', padding: 4, separator: '-' },
      { prefix: 'PR', datePattern: 'MMYYYY', padding: 4, separator: '-' },
      { prefix: 'PR', datePattern: 'YYYYMM', padding: 2, separator: '-' },
      { prefix: 'PR', datePattern: 'YYYYMM', padding: 9, separator: '-' },
      { prefix: 'PR', datePattern: 'YYYYMM', padding: 4, separator: '#' },
    ];
    for (const payload of bad) {
      const res = await t.app.inject({ method: 'PUT', url: '/api/v1/numbering/rules/testRequest', headers: { ...admin, 'accept-language': 'en-US' }, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'common.validation', message: 'The request is invalid' });
      expect(res.json().error.details[0].path).toMatch(/^body\.(prefix|datePattern|padding|separator)$/);
    }
    const badType = await t.app.inject({ method: 'PUT', url: '/api/v1/numbering/rules/9lives', headers: admin, payload: bad[0] && { ...bad[0], prefix: 'PR' } });
    expect(badType.statusCode).toBe(400);
  });

  it('needs platform.numbering.manage', async () => {
    for (const [method, url] of [['GET', '/api/v1/numbering/rules'], ['PUT', '/api/v1/numbering/rules/testRequest'], ['POST', '/api/v1/numbering/rules/testRequest/preview']] as const) {
      const res = await t.app.inject({ method, url, headers: clerk, payload: method === 'GET' ? undefined : { prefix: 'X', datePattern: 'none', padding: 3, separator: '' } });
      expect(res.statusCode, url).toBe(403);
    }
  });
});
