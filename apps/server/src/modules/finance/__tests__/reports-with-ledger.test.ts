import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BalanceSheet, IncomeStatement, TrialBalance, VatSummary } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { ensureFinanceSetup, postDocument } from '../index.ts';

// The reports on books kept by the ledger area itself: the seeded PRC chart, documents posted
// through postDocument with the default posting rules, and the 结转损益 of the ledger's API.

let t: TestContext;
let tenant: TestTenant;
let headers: Record<string, string>;
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const period = Number(today.slice(0, 4)) * 100 + Number(today.slice(5, 7));

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  const dept = await createDepartment(tenant, '行政部');
  const user = await createUser(tenant, { permissions: ['finance.report.read', 'finance.period.close'] });
  headers = await sessionHeaders(user);
  await inTenant({ tenantId: tenant.id, userId: user.id }, async () => {
    await ensureFinanceSetup();
    const post = (n: number, lines: Parameters<typeof postDocument>[0]['lines']) =>
      postDocument({ source: { type: 'reportsTest', id: `doc-${n}`, number: `RT-${n}` }, date: today, summary: `测试单据 ${n}`, lines });
    await post(1, [
      { role: 'bank', side: 'debit', amount: '11300.00' }, { role: 'revenue', side: 'credit', amount: '10000.00' },
      { role: 'vatOutput', side: 'credit', amount: '1300.00', taxRate: '0.13' },
    ]);
    await post(2, [
      { role: 'inventory', side: 'debit', amount: '5000.00' }, { role: 'vatInput', side: 'debit', amount: '650.00', taxRate: '0.13' },
      { role: 'bank', side: 'credit', amount: '5650.00' },
    ]);
    await post(3, [{ role: 'adminExpense', side: 'debit', amount: '2000.00', departmentId: dept }, { role: 'bank', side: 'credit', amount: '2000.00' }]);
  });
});
afterAll(async () => { await t.close(); });

const call = async <T>(method: 'GET' | 'POST', url: string) => {
  const res = await t.app.inject({ method, url: `/api/v1/finance/${url}`, headers, ...(method === 'POST' ? { payload: {} } : {}) });
  return { status: res.statusCode, body: res.json() as T };
};

describe('reports on the ledger area\'s books', () => {
  it('balances the sheet before and after the carry-forward and keeps the income statement', async () => {
    const before = (await call<BalanceSheet>('GET', `reports/balance-sheet?period=${period}`)).body;
    expect(before.balanced).toBe(true);
    const carried = await call<{ voucherId: string | null }>('POST', `periods/${period}/carry-forward`);
    expect(carried.status).toBe(200);
    expect(carried.body.voucherId).not.toBeNull();
    const after = (await call<BalanceSheet>('GET', `reports/balance-sheet?period=${period}`)).body;
    expect(after.balanced).toBe(true);
    const line = (rows: BalanceSheet['assets'], key: string) => rows.find((r) => r.key === key)!.closing;
    expect(line(after.assets, 'cash')).toBe('3650.00');
    expect(line(after.assets, 'inventories')).toBe('5000.00');
    expect(line(after.liabilitiesAndEquity, 'taxesPayable')).toBe('650.00');
    expect(line(after.liabilitiesAndEquity, 'retainedEarnings')).toBe('8000.00');
    const income = (await call<IncomeStatement>('GET', `reports/income-statement?period=${period}`)).body;
    expect(income.rows.find((r) => r.key === 'netProfit')!.currentPeriod).toBe('8000.00');
    expect(income.rows.find((r) => r.key === 'adminExpenses')!.currentPeriod).toBe('2000.00');
    const tb = (await call<TrialBalance>('GET', `reports/trial-balance?from=${period}&to=${period}`)).body;
    expect(tb.totals.closingDebit).toBe(tb.totals.closingCredit);
    expect(tb.rows.find((r) => r.code === '6602')).toMatchObject({ periodDebit: '2000.00', periodCredit: '2000.00', closingDebit: '0.00' });
    const vat = (await call<VatSummary>('GET', `reports/vat-summary?period=${period}`)).body;
    expect(vat).toMatchObject({ outputTax: '1300.00', inputTax: '650.00', payable: '650.00', output: [{ rate: '0.13', base: '10000.00' }] });
  });
});
