// Every documented route, fed malformed input by an all-powerful caller, answers 4xx with the
// error shape — never a 500 — and a refused request writes nothing (the audit log stays as it was).
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../apps/server/src/testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders } from '../../apps/server/src/testing/fixtures.ts';
import { operations, pathParams, queryParams, sample, urlOf, wrongType, type Operation } from './openapi-walk.ts';

/** Long-lived streams never answer; they are covered by their own tests. */
const skipped = new Set(['/api/v1/notifications/stream']);

const t = await createTestApp();
const tenant = await createTenant();
const admin = await createUser(tenant, { permissions: ['*'] });
const ops = (await operations(t.app)).filter((op) => !skipped.has(op.path) && (op.params.length > 0 || op.body));
afterAll(async () => { await t.close(); });

interface Attempt { label: string; url: string; payload?: string | object | null; contentType?: string }

function deep(levels: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = { a: v };
  return v;
}

const garbagePathValues = ['not-an-id', '0', '-1', "1' or '1'='1", '\u0000', '../../etc/passwd', 'x'.repeat(100), '中文', '00000000-0000-0000-0000-00000000000g'];
const garbageQueryValues = ['', 'x'.repeat(5000), '-1', '1e999', 'NaN', '[]', '{"$gt":""}', "' OR 1=1 --", '\u0000', '２０'];
const rawBodies = ['{"unterminated": ', 'not json at all', '{"__proto__": {"isAdmin": true}}', '{"constructor": {"prototype": {"isAdmin": true}}}', '\u0000\u0001'];

function attempts(op: Operation): Attempt[] {
  const validPath = Object.fromEntries(pathParams(op).map((p) => [p.name, encodeURIComponent(String(sample(p.schema, p.name)))]));
  const base = urlOf(op, validPath);
  const out: Attempt[] = [];
  for (const p of pathParams(op)) {
    for (const g of garbagePathValues) out.push({ label: `path ${p.name}=${JSON.stringify(g.slice(0, 20))}`, url: urlOf(op, { ...validPath, [p.name]: encodeURIComponent(g) }), payload: op.body ? sample(op.body) as object : undefined });
  }
  for (const p of queryParams(op)) {
    for (const g of garbageQueryValues) out.push({ label: `query ${p.name}=${JSON.stringify(g.slice(0, 20))}`, url: urlOf(op, validPath, { [p.name]: g }) });
    out.push({ label: `query ${p.name} repeated`, url: urlOf(op, validPath, { [p.name]: ['a', 'b'] }) });
  }
  if (op.body) {
    const body = op.body;
    for (const payload of [null, [], 'a string', 42, true, {}, { [`${'k'.repeat(50)}`]: 'x'.repeat(100_000) }]) {
      out.push({ label: `body ${JSON.stringify(payload).slice(0, 30)}`, url: base, payload: JSON.stringify(payload), contentType: 'application/json' });
    }
    // Nesting deeper than JSON.stringify (and many recursive validators) can handle.
    out.push({ label: 'body nested 20000 deep', url: base, payload: `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`, contentType: 'application/json' });
    for (const raw of rawBodies) out.push({ label: `raw body ${raw.slice(0, 20)}`, url: base, payload: raw, contentType: 'application/json' });
    out.push({ label: 'text/plain body', url: base, payload: 'hello', contentType: 'text/plain' });
    out.push({ label: 'body over the size limit', url: base, payload: JSON.stringify({ blob: 'x'.repeat(3 * 1024 * 1024) }), contentType: 'application/json' });
    const valid = sample(body) as Record<string, unknown>;
    const allWrong: Record<string, unknown> = {};
    for (const [key, prop] of Object.entries(body.properties ?? {})) {
      allWrong[key] = wrongType(prop);
      out.push({ label: `body.${key} wrong type`, url: base, payload: { ...valid, [key]: wrongType(prop) } });
      out.push({ label: `body.${key} oversized`, url: base, payload: { ...valid, [key]: 'x'.repeat(100_000) } });
      out.push({ label: `body.${key} deep garbage`, url: base, payload: { ...valid, [key]: deep(200) } });
      if (body.required?.includes(key)) {
        const { [key]: _missing, ...rest } = valid;
        out.push({ label: `body.${key} missing`, url: base, payload: rest });
      }
    }
    out.push({ label: 'body all fields wrong', url: base, payload: allWrong });
  }
  return out;
}

async function auditRows(): Promise<number> {
  const { rows } = await t.database.raw('select count(*)::int as n from audit_log');
  return Number(rows[0]?.n);
}

describe('malformed input never breaks a route', () => {
  it('finds routes to test', () => {
    expect(ops.length).toBeGreaterThan(5);
  });

  for (const op of ops) {
    it(`${op.method} ${op.path}`, async () => {
      // A fresh session per route: a route may end it (logout, password change).
      let headers: AuthHeaders = await sessionHeaders(admin);
      const problems: string[] = [];
      for (const a of attempts(op)) {
        const before = await auditRows();
        const send = (h: AuthHeaders) => t.app.inject({
          method: op.method, url: a.url,
          headers: { ...h, ...(a.contentType ? { 'content-type': a.contentType } : {}) },
          ...(a.payload === undefined ? {} : { payload: a.payload as string }),
        });
        let res = await send(headers);
        if (res.statusCode === 401) { headers = await sessionHeaders(admin); res = await send(headers); }
        const where = `${a.label} → ${res.statusCode}`;
        if (res.statusCode >= 500) problems.push(`${where} ${res.body.slice(0, 200)}`);
        if (res.statusCode >= 400) {
          let error: { code?: unknown; message?: unknown } | undefined;
          try { error = (res.json() as { error?: typeof error }).error; } catch { error = undefined; }
          if (typeof error?.code !== 'string' || typeof error.message !== 'string') problems.push(`${where} without the error shape: ${res.body.slice(0, 100)}`);
          if (res.statusCode < 500 && (await auditRows()) !== before) problems.push(`${where} but wrote to the audit log`);
        }
      }
      expect(problems).toEqual([]);
    }, 120_000);
  }
});
