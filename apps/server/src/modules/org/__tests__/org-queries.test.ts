import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { departments, roles, users } from '../infra/org.tables.ts';
import {
  departmentAndDescendants, departmentHeadOf, getUserSummary, isUserActive, superiorChain, usersByIds, usersWithRole,
} from '../index.ts';

let t: TestContext;
let tenant: TestTenant;
let other: TestTenant;
let ceo: TestUser;
let vp: TestUser;
let manager: TestUser;
let rep: TestUser;
let company: string;
let sales: string;
let east: string;

const inA = <T>(fn: () => Promise<T>) => inTenant({ tenantId: tenant.id }, fn);

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  other = await createTenant();
  company = await createDepartment(tenant, '公司');
  sales = await createDepartment(tenant, '销售部', company);
  east = await createDepartment(tenant, '华东区', sales);
  ceo = await createUser(tenant, { username: 'ceo', displayName: '总经理', departmentId: company });
  vp = await createUser(tenant, { username: 'vp', superiorId: ceo.id, departmentId: sales });
  manager = await createUser(tenant, { username: 'manager', superiorId: vp.id, departmentId: east });
  rep = await createUser(tenant, { username: 'rep', superiorId: manager.id, departmentId: east, permissions: [] });
  await inA(() => tx().update(departments).set({ headUserId: manager.id }).where(eq(departments.id, east)));
});
afterAll(async () => { await t.close(); });

describe('org public queries', () => {
  it('summarises people without salary or secrets, in the order asked', async () => {
    const s = await inA(() => getUserSummary(ceo.id));
    expect(s).toMatchObject({ id: ceo.id, username: 'ceo', displayName: '总经理', departmentName: '公司', status: 'active' });
    expect(Object.keys(s ?? {})).not.toEqual(expect.arrayContaining(['passwordHash', 'monthlySalary']));
    const many = await inA(() => usersByIds([rep.id, ceo.id, rep.id, '0190a0a0-0000-7000-8000-000000000000']));
    expect(many.map((u) => u.username)).toEqual(['rep', 'ceo']);
    expect(await inTenant({ tenantId: other.id }, () => getUserSummary(ceo.id))).toBeNull();
  });

  it('walks the reporting line level by level (逐级), stopping at maxLevels and at loops', async () => {
    expect((await inA(() => superiorChain(rep.id, 10))).map((u) => u.username)).toEqual(['manager', 'vp', 'ceo']);
    expect((await inA(() => superiorChain(rep.id, 2))).map((u) => u.username)).toEqual(['manager', 'vp']);
    expect(await inA(() => superiorChain(ceo.id, 5))).toEqual([]);
    // Old data with a loop (written around the API's check) must not repeat approvers forever.
    await inA(() => tx().update(users).set({ superiorId: rep.id }).where(eq(users.id, ceo.id)));
    expect((await inA(() => superiorChain(rep.id, 10))).map((u) => u.username)).toEqual(['manager', 'vp', 'ceo']);
    await inA(() => tx().update(users).set({ superiorId: null }).where(eq(users.id, ceo.id)));
  });

  it('finds department heads (active only) and subtrees', async () => {
    expect(await inA(() => departmentHeadOf(east))).toBe(manager.id);
    expect(await inA(() => departmentHeadOf(sales))).toBeNull();
    expect((await inA(() => departmentAndDescendants(sales))).sort()).toEqual([sales, east].sort());
    expect(await inA(() => departmentAndDescendants('0190a0a0-0000-7000-8000-000000000000'))).toEqual([]);
    await inA(() => tx().update(users).set({ status: 'disabled' }).where(eq(users.id, manager.id)));
    expect(await inA(() => departmentHeadOf(east))).toBeNull();
    expect(await inA(() => isUserActive(manager.id))).toBe(false);
    await inA(() => tx().update(users).set({ status: 'active' }).where(eq(users.id, manager.id)));
    expect(await inA(() => isUserActive(manager.id))).toBe(true);
    expect(await inTenant({ tenantId: other.id }, () => isUserActive(manager.id))).toBe(false);
  });

  it('lists the active holders of a role by its code', async () => {
    await inA(() => tx().update(roles).set({ code: 'finance' }).where(eq(roles.id, vp.roleId)));
    expect((await inA(() => usersWithRole('finance'))).map((u) => u.username)).toEqual(['vp']);
    expect(await inA(() => usersWithRole('nobody'))).toEqual([]);
  });
});
