import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, Page } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createTenant, createUser, sessionHeaders, type AuthHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant, tx } from '../../tx/index.ts';
import { newId } from '../../db/index.ts';
import { auditLog } from '../audit.table.ts';

let t: TestContext;
let a: TestTenant;
let auditor: AuthHeaders;
let clerk: AuthHeaders;
let otherTenantAuditor: AuthHeaders;
const wangId = newId();

function day(n: number): Date {
  return new Date(Date.UTC(2026, 10, n, 2, 0, 0));
}

async function seed(tenant: TestTenant, rows: { at: Date; entity: string; entityId: string; action: string; userId?: string; userName?: string; after?: unknown }[]) {
  await inTenant({ tenantId: tenant.id }, () => tx().insert(auditLog).values(rows.map((r) => ({
    id: newId(), tenantId: tenant.id, at: r.at, entity: r.entity, entityId: r.entityId, action: r.action,
    userId: r.userId ?? null, userName: r.userName ?? null, before: null, after: r.after ?? null,
  }))));
}

async function search(headers: AuthHeaders, query: string): Promise<Page<AuditEntry>> {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant('甲公司');
  const b = await createTenant('乙公司');
  auditor = await sessionHeaders(await createUser(a, { permissions: ['platform.audit.read'] }));
  clerk = await sessionHeaders(await createUser(a, { permissions: [] }));
  otherTenantAuditor = await sessionHeaders(await createUser(b, { permissions: ['platform.audit.read'] }));
  await seed(a, [
    { at: day(1), entity: 'org.user', entityId: 'user-1', action: 'create', userName: '张三', after: { displayName: '李四' } },
    { at: day(2), entity: 'org.user', entityId: 'user-1', action: 'update', userId: wangId, userName: '王五' },
    { at: day(3), entity: 'org.department', entityId: 'dept-9', action: 'create', userId: wangId, userName: '王五' },
    { at: day(4), entity: 'org.role', entityId: 'role_50%', action: 'delete', userName: '张三' },
    { at: day(5), entity: 'org.user', entityId: 'user-2', action: 'disable', userName: '赵六' },
  ]);
  await seed(b, [{ at: day(3), entity: 'org.user', entityId: 'user-b', action: 'create', userName: '王五' }]);
});
afterAll(async () => { await t.close(); });

describe('GET /api/v1/audit', () => {
  it('pages through the tenant\'s log newest first', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page<AuditEntry> = await search(auditor, `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => `${e.entityId}/${e.action}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['user-2/disable', 'role_50%/delete', 'dept-9/create', 'user-1/update', 'user-1/create']);
  });

  it('returns before/after as JSON', async () => {
    const page = await search(auditor, '?entityId=user-1&action=create');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ entity: 'org.user', userName: '张三', before: null, after: { displayName: '李四' }, at: day(1).toISOString() });
  });

  it('filters by entity, user, time range and free text', async () => {
    const ids = async (q: string) => (await search(auditor, q)).items.map((e) => `${e.entityId}/${e.action}`);
    expect(await ids('?entity=org.user')).toEqual(['user-2/disable', 'user-1/update', 'user-1/create']);
    expect(await ids(`?userId=${wangId}`)).toEqual(['dept-9/create', 'user-1/update']);
    expect(await ids(`?from=${encodeURIComponent(day(2).toISOString())}&to=${encodeURIComponent(day(4).toISOString())}`))
      .toEqual(['role_50%/delete', 'dept-9/create', 'user-1/update']);
    expect(await ids(`?q=${encodeURIComponent('王五')}`)).toEqual(['dept-9/create', 'user-1/update']);
    expect(await ids('?q=DISA')).toEqual(['user-2/disable']);
    expect(await ids('?q=user-')).toEqual(['user-2/disable', 'user-1/update', 'user-1/create']);
    // `%` and `_` are searched literally, not as wildcards.
    expect(await ids(`?q=${encodeURIComponent('50%')}`)).toEqual(['role_50%/delete']);
    expect(await ids(`?q=${encodeURIComponent('%')}`)).toEqual(['role_50%/delete']);
    expect(await ids('?q=_')).toEqual(['role_50%/delete']);
  });

  it('shows another tenant only its own rows', async () => {
    const page = await search(otherTenantAuditor, '');
    expect(page.items.map((e) => e.entityId)).toEqual(['user-b']);
  });

  it('needs platform.audit.read', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: clerk });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('common.forbidden');
  });

  it('answers a malformed filter or cursor with 400', async () => {
    for (const q of ['?from=yesterday', '?userId=nobody', '?limit=100000', '?cursor=garbage', `?q=${'x'.repeat(101)}`]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/audit${q}`, headers: auditor });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.code).toMatch(/^common\.(validation|badCursor)$/);
    }
  });
});
