// The house rules of the HTTP API, checked on the live OpenAPI document so every new route is held
// to them: versioned paths, documented operations, capped cursor pages, allow-listed sorting.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../apps/server/src/testing/test-app.ts';
import { operations, queryParams } from './openapi-walk.ts';

const t = await createTestApp();
afterAll(async () => { await t.close(); });
const ops = await operations(t.app);
const raw = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
  openapi: string;
  paths: Record<string, Record<string, { tags?: string[]; summary?: string; responses?: Record<string, unknown> }>>;
};

const business = ops.filter((op) => op.path !== '/api/health');

describe('API conventions', () => {
  it('publishes an OpenAPI 3.1 document and the Swagger UI', async () => {
    expect(raw.openapi).toMatch(/^3\.1\./);
    expect(ops.length).toBeGreaterThan(10);
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toMatch(/text\/html/);
  });

  it('versions every business path under /api/v1 (sign-in under /api/auth)', () => {
    const stray = business.filter((op) => !/^\/api\/(v1|auth)\//.test(op.path)).map((op) => `${op.method} ${op.path}`);
    expect(stray).toEqual([]);
  });

  it('documents every operation with tags, a summary and a success response', () => {
    const missing: string[] = [];
    for (const op of business) {
      const doc = raw.paths[op.path]?.[op.method.toLowerCase()];
      const success = Object.keys(doc?.responses ?? {}).some((s) => /^2\d\d$/.test(s));
      if (!doc?.tags?.length || !doc.summary || !success) missing.push(`${op.method} ${op.path}`);
    }
    expect(missing).toEqual([]);
  });

  it('caps every cursor page and allow-lists every sort', () => {
    const problems: string[] = [];
    for (const op of ops) {
      const query = queryParams(op);
      const limit = query.find((p) => p.name === 'limit');
      if (query.some((p) => p.name === 'cursor') && (!limit || limit.schema.maximum === undefined || limit.schema.maximum > 200)) {
        problems.push(`${op.method} ${op.path}: cursor without a capped limit`);
      }
      const sort = query.find((p) => p.name === 'sort');
      if (sort && !sort.schema.pattern && !sort.schema.enum) problems.push(`${op.method} ${op.path}: free-form sort`);
    }
    expect(problems).toEqual([]);
  });

  it('answers errors in the caller\'s language with a stable code', async () => {
    const zh = await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: { 'accept-language': 'zh-CN' } });
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: { 'accept-language': 'en-US' } });
    expect(zh.statusCode).toBe(401);
    expect(zh.json().error).toEqual({ code: 'common.unauthenticated', message: '请先登录', details: null });
    expect(en.json().error).toEqual({ code: 'common.unauthenticated', message: 'Please sign in', details: null });
  });
});
