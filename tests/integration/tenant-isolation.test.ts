// Company B's administrator, holding every permission, aims each `{id}` route at company A's
// records: every answer must be a refusal (404, or 400 for a shape the route rejects) — never a
// success, never a 500 — and A's records must be exactly as they were afterwards.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../apps/server/src/testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type AuthHeaders } from '../../apps/server/src/testing/fixtures.ts';
import { inTenant } from '../../apps/server/src/platform/tx/index.ts';
import { newId } from '../../apps/server/src/platform/db/index.ts';
import { linkDocuments } from '../../apps/server/src/platform/links/index.ts';
import { notifyUsers } from '../../apps/server/src/platform/notify/index.ts';
import { collectIds, operations, pathParams, sample, urlOf, type Operation } from './openapi-walk.ts';

/** Routes that accept any key and answer from the caller's own tenant; each gets a stricter check. */
const answersFromOwnTenant: Record<string, (body: unknown) => boolean> = {
  // The chain of an unknown document is its bare root: nothing of A's chain may appear.
  'GET /api/v1/links/{type}/{id}': (body) => {
    const chain = body as { nodes: unknown[]; edges: unknown[]; root: { number: unknown } };
    return chain.nodes.length === 1 && chain.edges.length === 0 && chain.root.number === null;
  },
};
const skipped = new Set(['/api/v1/notifications/stream']);
/** Routes that act on the caller's session rather than on a record. */
const notSeeding = (op: Operation) => op.path.startsWith('/api/auth/') || op.path === '/api/v1/me/password';

const t = await createTestApp();
afterAll(async () => { await t.close(); });
const ops = (await operations(t.app)).filter((op) => !skipped.has(op.path));

const tenantA = await createTenant('甲公司');
const tenantB = await createTenant('乙公司');
const adminA = await createUser(tenantA, { permissions: ['*'] });
const adminB = await createUser(tenantB, { permissions: ['*'] });
const headersA: AuthHeaders = await sessionHeaders(adminA);
let headersB: AuthHeaders = await sessionHeaders(adminB);

const order = { type: 'purchaseOrder', id: newId(), number: 'PO-202611-0001' };
await createDepartment(tenantA, '采购部');
await createUser(tenantA, { permissions: [] });
await inTenant({ tenantId: tenantA.id, userId: adminA.id }, async () => {
  await linkDocuments({ from: { type: 'purchaseRequest', id: newId(), number: 'PR-202611-0001' }, to: order });
  await notifyUsers([adminA.id], { title: '测试通知' });
});

const isId = (name: string) => name === 'id' || name.endsWith('Id');
const collection = (op: Operation) => op.path.slice(0, op.path.indexOf('/{'));
const isJson = (contentType: unknown) => typeof contentType === 'string' && /^application\/(?:[\w.-]+\+)?json\b/i.test(contentType);

// Seed A through its own API: every creating POST, with a valid body made from its schema.
for (const op of ops.filter((o) => o.method === 'POST' && o.body && pathParams(o).length === 0 && !notSeeding(o))) {
  for (const mode of ['full', 'required'] as const) {
    const res = await t.app.inject({ method: 'POST', url: op.path, headers: headersA, payload: sample(op.body ?? {}, undefined, mode) as object });
    if (res.statusCode < 300) break;
  }
}

/** A's records, by the collection path that lists them. */
async function listA(): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const op of ops.filter((o) => o.method === 'GET' && pathParams(o).length === 0)) {
    const res = await t.app.inject({ method: 'GET', url: op.path, headers: headersA });
    // Files (the Excel import templates) carry no records to list.
    if (res.statusCode === 200 && isJson(res.headers['content-type'])) out.set(op.path, [...collectIds(res.json())].sort());
  }
  return out;
}

/** A's view of each record it can read one by one, to prove nothing changed. */
async function snapshotA(idsByCollection: Map<string, string[]>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const op of ops.filter((o) => o.method === 'GET' && pathParams(o).length === 1 && isId(pathParams(o)[0]?.name ?? ''))) {
    for (const id of idsByCollection.get(collection(op)) ?? []) {
      const res = await t.app.inject({ method: 'GET', url: urlOf(op, { [pathParams(op)[0]?.name ?? 'id']: id }), headers: headersA });
      if (res.statusCode === 200) out.set(`${op.path} ${id}`, res.body);
    }
  }
  return out;
}

const listedBefore = await listA();
const snapshotBefore = await snapshotA(listedBefore);
const allIds = [...new Set([order.id, ...[...listedBefore.values()].flat()])];
const idRoutes = ops.filter((op) => pathParams(op).some((p) => isId(p.name)));

describe('tenant isolation through the API', () => {
  it('has records of company A to aim at', () => {
    expect(allIds.length).toBeGreaterThan(3);
    expect(snapshotBefore.size).toBeGreaterThan(0);
  });

  for (const op of idRoutes) {
    const route = `${op.method} ${op.path}`;
    it(`${route} refuses company A's ids`, async () => {
      const own = listedBefore.get(collection(op));
      const ids = (own && own.length > 0 ? own : allIds).slice(0, 8);
      const problems: string[] = [];
      for (const id of ids) {
        const path = Object.fromEntries(pathParams(op).map((p) => [p.name, isId(p.name) ? id : String(sample(p.schema, p.name))]));
        const send = () => t.app.inject({
          method: op.method, url: urlOf(op, path), headers: headersB,
          ...(op.body ? { payload: sample(op.body) as object } : {}),
        });
        let res = await send();
        if (res.statusCode === 401) { headersB = await sessionHeaders(adminB); res = await send(); }
        const allowed = answersFromOwnTenant[route];
        if (res.statusCode >= 500) problems.push(`${id} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode < 300 && !(allowed && allowed(res.json()))) problems.push(`${id} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (res.statusCode >= 300 && ![400, 404].includes(res.statusCode)) problems.push(`${id} → ${res.statusCode} (expected 404) ${res.body.slice(0, 120)}`);
      }
      expect(problems).toEqual([]);
    }, 60_000);
  }

  it('leaves every record of company A as it was', async () => {
    expect(await listA()).toEqual(listedBefore);
    expect(await snapshotA(listedBefore)).toEqual(snapshotBefore);
  });
});
