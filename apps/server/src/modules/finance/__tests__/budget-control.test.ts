import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { BudgetCheck, BudgetRow, BudgetVsActualRow, RequestTypeDetail } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { departments, roles, userRoles } from '../../org/index.ts';
import { seedRequestTypes } from '../../approval/index.ts';
import { checkBudget } from '../application/budget/index.ts';
import { openPeriods, postVoucher, seedChart, setBudgetMode, type Codes } from './reports-kit.ts';

// Budgets (预算): editing, budget against actual, the check in each control mode, and the 报销
// submit guard that refuses (block) or flags (approval) claims over the department's budget.

let t: TestContext;
let tenant: TestTenant;
let ids: Codes;
let adm: string;
let sales: string;
let admin: TestUser;
let employee: TestUser;
type Reply<T> = { status: number; body: T & { error?: { code: string; message: string; details: Record<string, string> } } };
let as: (user: TestUser) => Promise<(method: 'GET' | 'PUT' | 'POST', url: string, body?: object) => Promise<Reply<Record<string, unknown>>>>;

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const year = Number(today.slice(0, 4));
const month = Number(today.slice(5, 7));
const period = year * 100 + month;
const monthsWith = (amount: string) => Array.from({ length: 12 }, (_, i) => (i + 1 === month ? amount : '100.00'));

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  ids = await seedChart(tenant.id);
  await openPeriods(tenant.id, [period]);
  const root = await createDepartment(tenant, '公司');
  adm = await createDepartment(tenant, '行政部', root);
  sales = await createDepartment(tenant, '销售部', root);
  admin = await createUser(tenant, { permissions: ['*'], departmentId: root });
  employee = await createUser(tenant, { permissions: [], departmentId: adm, superiorId: admin.id });
  await inTenant({ tenantId: tenant.id, userId: admin.id }, async () => {
    await tx().update(departments).set({ headUserId: admin.id }).where(eq(departments.id, adm));
    await tx().update(departments).set({ headUserId: admin.id }).where(eq(departments.id, root));
    for (const code of ['finance', 'gm']) {
      const roleId = newId();
      await tx().insert(roles).values({ id: roleId, tenantId: tenant.id, code, name: code });
      await tx().insert(userRoles).values({ tenantId: tenant.id, userId: admin.id, roleId });
    }
    await seedRequestTypes({ financeDepartmentId: root, procurementDepartmentId: root, adminDepartmentId: adm });
  });
  as = async (user) => {
    const headers = { ...(await sessionHeaders(user)), 'accept-language': 'en-US' };
    return async (method, url, body) => {
      const res = await t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body ? { payload: body } : {}) });
      return { status: res.statusCode, body: res.json() };
    };
  };
});
afterAll(async () => { await t.close(); });

describe('budgets', () => {
  it('sets the 12 months of a department and account and lists them', async () => {
    const manager = await as(await createUser(tenant, { permissions: ['finance.budget.manage', 'finance.budget.read'] }));
    const saved = await manager('PUT', '/finance/budgets', { year, departmentId: adm, accountId: ids['6602'], months: monthsWith('1000.00') });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ departmentName: '行政部', accountCode: '6602', total: '2100.00' });
    const again = await manager('PUT', '/finance/budgets', { year, departmentId: adm, accountId: ids['6602'], months: monthsWith('2000.00') });
    expect((again.body as unknown as BudgetRow).months[month - 1]).toBe('2000.00');
    await manager('PUT', '/finance/budgets', { year, departmentId: sales, accountId: ids['6601'], months: monthsWith('500.00') });
    const list = await manager('GET', `/finance/budgets?year=${year}`);
    expect((list.body.items as BudgetRow[]).map((r) => [r.departmentName, r.accountCode, r.total])).toEqual(
      expect.arrayContaining([['行政部', '6602', '3100.00'], ['销售部', '6601', '1600.00']]));
    const one = await manager('GET', `/finance/budgets?year=${year}&departmentId=${sales}`);
    expect((one.body.items as BudgetRow[]).length).toBe(1);
  });

  it('refuses bad budgets, unknown departments and readers without the permission', async () => {
    const manager = await as(await createUser(tenant, { permissions: ['finance.budget.manage'] }));
    expect((await manager('PUT', '/finance/budgets', { year, departmentId: adm, accountId: ids['6602'], months: ['1.00'] })).status).toBe(400);
    expect((await manager('PUT', '/finance/budgets', { year, departmentId: adm, accountId: ids['6602'], months: monthsWith('-5.00') })).status).toBe(400);
    const unknown = await manager('PUT', '/finance/budgets', { year, departmentId: newId(), accountId: ids['6602'], months: monthsWith('1.00') });
    expect([unknown.status, unknown.body.error?.code]).toEqual([404, 'finance.budget.departmentNotFound']);
    expect((await manager('PUT', '/finance/budgets', { year, departmentId: adm, accountId: newId(), months: monthsWith('1.00') })).status).toBe(404);
    expect((await manager('GET', `/finance/budgets?year=${year}`)).status).toBe(403);
  });

  it('compares the budget with posted spending of the account subtree, without the carry-forward', async () => {
    const date = `${today.slice(0, 8)}01`;
    await postVoucher(tenant.id, ids, date, [{ code: '660201', debit: '1200.00', departmentId: adm }, { code: '1001', credit: '1200.00' }]);
    await postVoucher(tenant.id, ids, date, [{ code: '660202', debit: '300.00', departmentId: adm }, { code: '1001', credit: '300.00' }]);
    await postVoucher(tenant.id, ids, date, [{ code: '660202', debit: '999.00', departmentId: sales }, { code: '1001', credit: '999.00' }]);
    await postVoucher(tenant.id, ids, date, [{ code: '660201', credit: '1200.00', departmentId: adm }, { code: '4103', debit: '1200.00' }], { closingKind: 'profitLoss' });
    const reader = await as(await createUser(tenant, { permissions: ['finance.budget.read'] }));
    const res = await reader('GET', `/finance/reports/budget-vs-actual?year=${year}&month=${month}&departmentId=${adm}`);
    expect(res.status).toBe(200);
    expect(res.body.rows as BudgetVsActualRow[]).toEqual([{
      departmentId: adm, departmentName: '行政部', accountId: ids['6602'], accountCode: '6602', accountName: '管理费用',
      budget: '2000.00', actual: '1500.00', variance: '500.00', usedRatio: '0.7500',
    }]);
    const yearly = await reader('GET', `/finance/reports/budget-vs-actual?year=${year}`);
    expect((yearly.body.rows as BudgetVsActualRow[]).find((r) => r.departmentId === adm)).toMatchObject({ budget: '3100.00', actual: '1500.00' });
  });

  it('checks spending against the month in every control mode', async () => {
    const check = (amount: string, accountId = ids['660201']!) => inTenant({ tenantId: tenant.id }, () => checkBudget({ departmentId: adm, accountId, date: today, amount }));
    await setBudgetMode(tenant.id, 'off');
    expect(await check('900.00')).toEqual({ mode: 'off', budget: null, actual: '0.00', available: null, over: false });
    await setBudgetMode(tenant.id, 'warn');
    // A budget on 6602 governs its sub-account 660201.
    expect(await check('500.00')).toEqual({ mode: 'warn', budget: '2000.00', actual: '1500.00', available: '500.00', over: false });
    expect(await check('500.01')).toMatchObject({ mode: 'warn', over: true });
    await setBudgetMode(tenant.id, 'block');
    expect(await check('600.00')).toMatchObject({ mode: 'block', over: true });
    expect(await check('600.00', ids['6603'])).toMatchObject({ budget: null, over: false });
    const api = await as(employee);
    const res = await api('POST', '/finance/budgets/check', { departmentId: adm, accountId: ids['6602'], date: today, amount: '10.00' });
    expect(res.status).toBe(200);
    expect(res.body as unknown as BudgetCheck).toMatchObject({ mode: 'block', available: '500.00', over: false });
  });
});

describe('the 报销 and 采购申请 submit guards', () => {
  const expense = (amount: string) => ({ items: [{ category: 'travel', date: today, amount }], reason: '客户拜访' });
  async function expenseTypeId(): Promise<string> {
    const list = await (await as(admin))('GET', '/approval/request-types');
    return (list.body.items as { id: string; code: string }[]).find((x) => x.code === 'expense')!.id;
  }

  it('refuses a claim over budget in block mode and lets one within budget through', async () => {
    await setBudgetMode(tenant.id, 'block');
    const api = await as(employee);
    const requestTypeId = await expenseTypeId();
    const over = await api('POST', '/approval/instances', { requestTypeId, form: expense('600.00') });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'finance.budget.exceeded', details: { budget: '2000.00', used: '1500.00', requested: '600.00', available: '500.00' } });
    expect(over.body.error!.message).toContain('2000.00');
    expect((await api('POST', '/approval/instances', { requestTypeId, form: expense('400.00') })).status).toBe(201);
    await setBudgetMode(tenant.id, 'warn');
    expect((await api('POST', '/approval/instances', { requestTypeId, form: expense('600.00') })).status).toBe(201);
  });

  it('flags a claim over budget in approval mode (overBudget on the form)', async () => {
    await setBudgetMode(tenant.id, 'approval');
    const designer = await as(admin);
    const requestTypeId = await expenseTypeId();
    const detail = (await designer('GET', `/approval/request-types/${requestTypeId}`)).body as unknown as RequestTypeDetail;
    let field = detail.published!.formSchema.fields.find((f) => f.key === 'overBudget');
    if (!field) {
      // A company whose 报销 form predates the flag: the designer adds it as a yes/no choice.
      field = {
        key: 'overBudget', type: 'select', label: '超预算', labelEn: 'Over budget',
        options: [{ value: 'yes', label: '是', labelEn: 'Yes' }, { value: 'no', label: '否', labelEn: 'No' }],
      };
      const formSchema = { fields: [...detail.published!.formSchema.fields, field] };
      expect((await designer('PUT', `/approval/request-types/${requestTypeId}/draft`, { formSchema, definition: detail.published!.definition })).status).toBe(200);
      const published = await designer('POST', `/approval/request-types/${requestTypeId}/publish`, {});
      expect(published.status, JSON.stringify(published.body)).toBe(200);
    }
    const options = field.type === 'select' ? field.options.map((o) => o.value) : [];
    const [yes, no] = [options.find((v) => ['true', 'yes'].includes(v)), options.find((v) => ['false', 'no'].includes(v))];
    const api = await as(employee);
    const over = await api('POST', '/approval/instances', { requestTypeId, form: { ...expense('600.00'), overBudget: no } });
    expect(over.status, JSON.stringify(over.body)).toBe(201);
    expect((over.body.form as Record<string, unknown>).overBudget).toBe(yes);
    const within = await api('POST', '/approval/instances', { requestTypeId, form: { ...expense('100.00'), overBudget: yes } });
    expect((within.body.form as Record<string, unknown>).overBudget).toBe(no);
  });

  it('checks a 采购申请 the same way: refused in block mode, flagged for the 总经理 in approval mode', async () => {
    const list = await (await as(admin))('GET', '/approval/request-types');
    const requestTypeId = (list.body.items as { id: string; code: string }[]).find((x) => x.code === 'purchaseRequest')!.id;
    const purchase = (amount: string) => ({ items: [{ itemName: '激光打印机', quantity: '1', amount }], purpose: '财务部打印凭证' });
    const api = await as(employee);
    await setBudgetMode(tenant.id, 'block');
    const over = await api('POST', '/approval/instances', { requestTypeId, form: purchase('600.00') });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({ code: 'finance.budget.exceeded', details: { requested: '600.00', available: '500.00' } });
    await setBudgetMode(tenant.id, 'approval');
    const flagged = await api('POST', '/approval/instances', { requestTypeId, form: purchase('600.00') });
    expect(flagged.status, JSON.stringify(flagged.body)).toBe(201);
    expect((flagged.body.form as Record<string, unknown>).overBudget).toBe('true');
  });

  it('leaves claims alone when the department has no budget', async () => {
    await setBudgetMode(tenant.id, 'block');
    const other = await createUser(tenant, { permissions: [], departmentId: sales, superiorId: admin.id });
    const res = await (await as(other))('POST', '/approval/instances', { requestTypeId: await expenseTypeId(), form: expense('99999.00') });
    expect(res.status).toBe(201);
  });
});
