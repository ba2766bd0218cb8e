import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, type CreateUserOptions, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { apiAs, captureEvents } from './org-test-kit.ts';

// 公司 ─ 销售部 ─ 华东区 ─ 上海组
//       └ 财务部
let t: TestContext;
let tenant: TestTenant;
const dept: Record<'company' | 'sales' | 'east' | 'shanghai' | 'finance', string> = { company: '', sales: '', east: '', shanghai: '', finance: '' };
const people: Record<string, TestUser> = {};

const read = ['org.user.read', 'org.user.update', 'org.user.disable'];

beforeAll(async () => {
  t = await createTestApp();
  captureEvents();
  tenant = await createTenant();
  dept.company = await createDepartment(tenant, '公司');
  dept.sales = await createDepartment(tenant, '销售部', dept.company);
  dept.east = await createDepartment(tenant, '华东区', dept.sales);
  dept.shanghai = await createDepartment(tenant, '上海组', dept.east);
  dept.finance = await createDepartment(tenant, '财务部', dept.company);
  const make = async (username: string, departmentId: string, opts: CreateUserOptions = {}) => {
    people[username] = await createUser(tenant, { username, departmentId, permissions: read, dataScope: 'self', ...opts });
  };
  await make('ceo', dept.company, { dataScope: 'all' });
  await make('sales.head', dept.sales, { dataScope: 'departmentTree' });
  await make('sales.clerk', dept.sales, { dataScope: 'department' });
  await make('east.rep', dept.east);
  await make('sh.rep', dept.shanghai);
  await make('fin.clerk', dept.finance);
  await make('auditor', dept.finance, { dataScope: 'custom', dataScopeDepartmentIds: [dept.east, dept.shanghai] });
});
afterAll(async () => { await t.close(); });

async function visible(username: string, query = ''): Promise<string[]> {
  const api = await apiAs(t, people[username] as TestUser);
  const res = await api.get(`/api/v1/org/users?limit=200${query}`);
  expect(res.status).toBe(200);
  return (res.body.items as { username: string }[]).map((u) => u.username).sort();
}

describe('data scope on the user list and detail', () => {
  it('self sees only themselves', async () => {
    expect(await visible('east.rep')).toEqual(['east.rep']);
  });

  it('department sees their own department only', async () => {
    expect(await visible('sales.clerk')).toEqual(['sales.clerk', 'sales.head']);
  });

  it('departmentTree sees their department and everything below it', async () => {
    expect(await visible('sales.head')).toEqual(['east.rep', 'sales.clerk', 'sales.head', 'sh.rep']);
  });

  it('all sees everyone', async () => {
    expect(await visible('ceo')).toEqual(Object.keys(people).sort());
  });

  it('custom sees the chosen departments (and always themselves)', async () => {
    expect(await visible('auditor')).toEqual(['auditor', 'east.rep', 'sh.rep']);
  });

  it('a user out of scope is 404 on detail and on every command', async () => {
    const clerk = await apiAs(t, people['sales.clerk'] as TestUser);
    const far = people['fin.clerk'] as TestUser;
    const near = people['sales.head'] as TestUser;
    expect((await clerk.get(`/api/v1/org/users/${near.id}`)).status).toBe(200);
    const detail = await clerk.get(`/api/v1/org/users/${far.id}`);
    expect(detail.status).toBe(404);
    expect(detail.body.error?.code).toBe('org.user.notFound');
    expect((await clerk.patch(`/api/v1/org/users/${far.id}`, { displayName: 'x' })).status).toBe(404);
    expect((await clerk.post(`/api/v1/org/users/${far.id}/disable`)).status).toBe(404);
  });

  it('filters by department, optionally with its sub-departments, inside the scope', async () => {
    expect(await visible('ceo', `&departmentId=${dept.sales}`)).toEqual(['sales.clerk', 'sales.head']);
    expect(await visible('ceo', `&departmentId=${dept.sales}&includeChildren=true`)).toEqual(['east.rep', 'sales.clerk', 'sales.head', 'sh.rep']);
    expect(await visible('auditor', `&departmentId=${dept.sales}&includeChildren=true`)).toEqual(['east.rep', 'sh.rep']);
  });
});

describe('list filters and paging', () => {
  it('searches login name, display name and phone; % and _ are literal', async () => {
    expect(await visible('ceo', '&q=REP')).toEqual(['east.rep', 'sh.rep']);
    expect(await visible('ceo', `&q=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await visible('ceo', '&q=_')).toEqual([]);
    expect(await visible('ceo', '&q=.')).toHaveLength(Object.keys(people).length - 2);
  });

  it('filters by status', async () => {
    const ceo = await apiAs(t, people.ceo as TestUser);
    await ceo.post(`/api/v1/org/users/${(people['sh.rep'] as TestUser).id}/disable`);
    expect(await visible('ceo', '&status=disabled')).toEqual(['sh.rep']);
    await ceo.post(`/api/v1/org/users/${(people['sh.rep'] as TestUser).id}/enable`);
  });

  it('walks every visible user once, page by page, in the allowed sorts only', async () => {
    const ceo = await apiAs(t, people.ceo as TestUser);
    for (const sort of ['username', '-username', 'displayName', '-createdAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await ceo.get(`/api/v1/org/users?limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...(res.body.items as { username: string }[]).map((u) => u.username));
        cursor = res.body.nextCursor as string | null;
      } while (cursor);
      expect(seen.sort()).toEqual(Object.keys(people).sort());
    }
    const bad = await ceo.get('/api/v1/org/users?sort=passwordHash');
    expect(bad.status).toBe(400);
    expect((await ceo.get('/api/v1/org/users?limit=500')).status).toBe(400);
  });
});
