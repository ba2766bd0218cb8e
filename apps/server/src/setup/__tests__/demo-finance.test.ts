import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import Decimal from 'decimal.js';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { sessionHeaders, type AuthHeaders } from '../../testing/fixtures.ts';
import { asSystem } from '../../platform/tx/index.ts';
import { tenants } from '../../platform/tenancy/tenant.table.ts';
import { users } from '../../modules/org/infra/org.tables.ts';
import { ensureDemo } from '../ensure-demo.ts';

// What 李娜 (财务经理) finds after `npm start`: three months of books that balance, two closed
// periods, bank balances that follow from the demo's receipts and payments, and open items.
describe('the demo company books', () => {
  let ctx: TestContext;
  let headers: AuthHeaders;
  const get = async <T>(url: string): Promise<T> => {
    const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/finance${url}`, headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureDemo({ skipDemo: false, adminPassword: undefined });
    const [tenant] = await asSystem((db) => db.select().from(tenants).where(eq(tenants.code, 'demo')));
    const [user] = await asSystem((db) => db.select().from(users).where(and(eq(users.tenantId, tenant!.id), eq(users.username, 'li.na'))));
    headers = await sessionHeaders({ id: user!.id, tenantId: tenant!.id, username: 'li.na', password: '', departmentId: user!.departmentId, roleId: '' });
  });
  afterAll(async () => { await ctx.close(); });

  it('closes the two earlier months and leaves this month open with one voucher to review', async () => {
    const periods = await get<{ items: { period: number; status: string; draftCount: number }[]; currentPeriod: number }>('/periods');
    const current = periods.items.find((p) => p.period === periods.currentPeriod);
    expect(current).toMatchObject({ status: 'open', draftCount: 1 });
    const closed = periods.items.filter((p) => p.status === 'closed').map((p) => p.period);
    expect(closed.length).toBeGreaterThanOrEqual(2);
    expect(periods.items.filter((p) => p.period < periods.currentPeriod).every((p) => p.status === 'closed')).toBe(true);
    // The people of the finance department appear in the books: 王芳 made the vouchers.
    const vouchers = await get<{ items: { createdByName: string | null; status: string }[] }>('/vouchers?limit=50');
    expect(new Set(vouchers.items.map((v) => v.createdByName))).toContain('王芳');
  });

  it('has a trial balance whose debits equal its credits and bank balances that follow from the payments', async () => {
    const { currentPeriod } = await get<{ currentPeriod: number }>('/periods');
    const tb = await get<{ totals: Record<string, string> }>(`/reports/trial-balance?from=${currentPeriod}&to=${currentPeriod}`);
    expect(tb.totals.closingDebit).toBe(tb.totals.closingCredit);
    expect(tb.totals.openingDebit).toBe(tb.totals.openingCredit);
    const cash = await get<{ items: { name: string; balance: string }[] }>('/cash-accounts');
    const balance = Object.fromEntries(cash.items.map((c) => [c.name, c.balance]));
    // 3,000,000 capital − 63,280 equipment − 2 × 246,600 salaries + 150,000 + 76,000 from 云帆
    // − 90,400 to 华东钢材 − 60,000 to 鑫达 − 20,000 petty cash drawn − 3,850 for the demo's paid
    // purchase (seed-demo-supply.ts).
    expect(balance['招商银行基本户']).toBe('2495270.00');
    expect(balance['工商银行一般户']).toBe('200000.00');
    expect(balance['库存现金']).toBe('16720.00');
  });

  it('shows what customers still owe and what is still due to suppliers', async () => {
    type Aging = { rows: { partnerName: string; total: string }[] };
    const ar = await get<Aging>('/aging?kind=receivable');
    expect(Object.fromEntries(ar.rows.map((r) => [r.partnerName, r.total]))).toEqual({
      北京华信达科技有限公司: '114300.00',
      广州明德教育科技有限公司: '53000.00',
    });
    const ap = await get<Aging>('/aging?kind=payable');
    expect(Object.fromEntries(ap.rows.map((r) => [r.partnerName, r.total]))).toEqual({
      深圳市鑫达电子有限公司: '53000.00',
      上海申通物流有限公司: '10900.00',
    });
  });

  it('balances its balance sheet and shows the year\'s revenue in the income statement', async () => {
    const { currentPeriod } = await get<{ currentPeriod: number }>('/periods');
    const bs = await get<{ balanced: boolean }>(`/reports/balance-sheet?period=${currentPeriod}`);
    expect(bs.balanced).toBe(true);
    const is = await get<{ rows: { key: string; yearToDate: string }[] }>(`/reports/income-statement?period=${currentPeriod}`);
    const revenue = is.rows.find((r) => r.key === 'revenue');
    expect(new Decimal(revenue?.yearToDate ?? '0').greaterThan(0)).toBe(true);
  });
});
