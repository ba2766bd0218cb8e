import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import type { BalanceSheet, DetailLedger, GeneralLedger, IncomeStatement, TrialBalance, VatSummary } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant } from '../../../testing/fixtures.ts';
import { openPeriods, postVoucher, seedChart, type Codes } from './reports-kit.ts';

// A worked set of vouchers over two months: capital, a purchase with input VAT, sales at 13 % and
// 6 %, cost of sales, an expense and the 202602 carry-forward to 本年利润.

let t: TestContext;
let tenant: TestTenant;
let ids: Codes;
let dept: string;
let get: <T>(url: string) => Promise<{ status: number; body: T & { error?: { code: string } } }>;

beforeAll(async () => {
  t = await createTestApp();
  tenant = await createTenant();
  ids = await seedChart(tenant.id);
  dept = await createDepartment(tenant, '行政部');
  await openPeriods(tenant.id, [202601, 202602, 202603]);
  const post = (date: string, lines: Parameters<typeof postVoucher>[3], closingKind?: 'profitLoss') => postVoucher(tenant.id, ids, date, lines, { closingKind });
  await post('2026-01-05', [{ code: '100201', debit: '100000.00' }, { code: '4001', credit: '100000.00' }]);
  await post('2026-01-10', [{ code: '1405', debit: '10000.00' }, { code: '22210101', debit: '1300.00', taxRate: '0.13' }, { code: '2202', credit: '11300.00' }]);
  await post('2026-02-03', [{ code: '1122', debit: '22600.00' }, { code: '6001', credit: '20000.00' }, { code: '22210102', credit: '2600.00', taxRate: '0.13' }]);
  await post('2026-02-03', [{ code: '6401', debit: '8000.00' }, { code: '1405', credit: '8000.00' }]);
  await post('2026-02-10', [{ code: '660201', debit: '1500.00', departmentId: dept }, { code: '100201', credit: '1500.00' }]);
  await post('2026-02-12', [{ code: '1122', debit: '1060.00' }, { code: '6001', credit: '1000.00' }, { code: '22210102', credit: '60.00', taxRate: '0.06' }]);
  await post('2026-02-28', [
    { code: '6001', debit: '21000.00' }, { code: '6401', credit: '8000.00' }, { code: '660201', credit: '1500.00', departmentId: dept }, { code: '4103', credit: '11500.00' },
  ], 'profitLoss');
  const reader = await createUser(tenant, { permissions: ['finance.report.read'] });
  const headers = await sessionHeaders(reader);
  get = async (url) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/finance/reports/${url}`, headers });
    return { status: res.statusCode, body: res.json() };
  };
});
afterAll(async () => { await t.close(); });

const row = (tb: TrialBalance, code: string) => tb.rows.find((r) => r.code === code);

describe('trial balance (科目余额表)', () => {
  it('balances the opening, period and closing columns and rolls children up into parents', async () => {
    const { status, body } = await get<TrialBalance>('trial-balance?from=202602&to=202602');
    expect(status).toBe(200);
    expect(body.totals).toEqual({
      openingDebit: '111300.00', openingCredit: '111300.00', periodDebit: '54160.00', periodCredit: '54160.00',
      closingDebit: '124160.00', closingCredit: '124160.00',
    });
    expect(row(body, '1002')).toMatchObject({ openingDebit: '100000.00', periodCredit: '1500.00', closingDebit: '98500.00', closingCredit: '0.00', level: 1, isLeaf: false });
    expect(row(body, '100201')).toMatchObject({ closingDebit: '98500.00', level: 2 });
    expect(row(body, '2221')).toMatchObject({ openingDebit: '1300.00', openingCredit: '0.00', periodCredit: '2660.00', closingCredit: '1360.00' });
    expect(row(body, '2202')).toMatchObject({ openingCredit: '11300.00', closingCredit: '11300.00' });
    // P&L accounts: activity, then carried to 本年利润, closing flat.
    expect(row(body, '6001')).toMatchObject({ periodDebit: '21000.00', periodCredit: '21000.00', closingDebit: '0.00', closingCredit: '0.00' });
    expect(row(body, '4103')).toMatchObject({ closingCredit: '11500.00' });
    expect(row(body, '100202')).toBeUndefined();
  });

  it('limits the depth with level, lists zero rows on request and spans several periods', async () => {
    const { body } = await get<TrialBalance>('trial-balance?from=202601&to=202602&level=1');
    expect(body.rows.every((r) => r.level === 1)).toBe(true);
    expect(body.totals.openingDebit).toBe('0.00');
    expect(body.totals.periodDebit).toBe(body.totals.periodCredit);
    expect(row(body, '1405')).toMatchObject({ periodDebit: '10000.00', periodCredit: '8000.00', closingDebit: '2000.00' });
    const all = await get<TrialBalance>('trial-balance?from=202603&to=202603&includeZero=true');
    expect(all.body.rows.length).toBe(31);
    expect(row(all.body, '100202')).toMatchObject({ openingDebit: '0.00', closingCredit: '0.00' });
  });

  it('refuses a bad range and an unauthorised reader', async () => {
    expect((await get('trial-balance?from=202613&to=202601')).status).toBe(400);
    expect((await get('trial-balance?from=202602&to=202601')).status).toBe(400);
    const stranger = await createUser(tenant, { permissions: [] });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/finance/reports/trial-balance?from=202601&to=202601', headers: await sessionHeaders(stranger) });
    expect(res.statusCode).toBe(403);
  });
});

describe('ledgers (总账, 明细账)', () => {
  it('drills down: the detail ledger of a parent account adds up to its trial balance row', async () => {
    const tb = (await get<TrialBalance>('trial-balance?from=202601&to=202602')).body;
    const { status, body } = await get<DetailLedger>(`detail-ledger?accountId=${ids['1002']}&from=202601&to=202602`);
    expect(status).toBe(200);
    expect(body.opening).toEqual({ direction: 'flat', balance: '0.00' });
    expect(body.rows.map((r) => [r.accountCode, r.debit, r.credit, r.direction, r.balance])).toEqual([
      ['100201', '100000.00', '0.00', 'debit', '100000.00'], ['100201', '0.00', '1500.00', 'debit', '98500.00'],
    ]);
    const sum = (k: 'debit' | 'credit') => body.rows.reduce((s, r) => s.plus(r[k]), new Decimal(0)).toFixed(2);
    expect([sum('debit'), sum('credit')]).toEqual([row(tb, '1002')!.periodDebit, row(tb, '1002')!.periodCredit]);
    expect(body.closing).toEqual({ direction: 'debit', balance: row(tb, '1002')!.closingDebit });
    expect(body.truncated).toBe(false);
  });

  it('takes the opening from earlier periods and filters by department', async () => {
    const feb = (await get<DetailLedger>(`detail-ledger?accountId=${ids['2202']}&from=202602&to=202602`)).body;
    expect(feb.opening).toEqual({ direction: 'credit', balance: '11300.00' });
    expect(feb.rows).toEqual([]);
    const byDept = (await get<DetailLedger>(`detail-ledger?accountId=${ids['6602']}&from=202602&to=202602&departmentId=${dept}`)).body;
    expect(byDept.rows.map((r) => [r.debit, r.credit])).toEqual([['1500.00', '0.00'], ['0.00', '1500.00']]);
    expect(byDept.totals).toEqual({ debit: '1500.00', credit: '1500.00' });
    expect(byDept.closing.direction).toBe('flat');
  });

  it('gives the general ledger month and year-to-date rows', async () => {
    const { body } = await get<GeneralLedger>(`general-ledger?accountId=${ids['1122']}&year=2026`);
    expect(body.rows.slice(0, 5)).toEqual([
      { period: null, kind: 'opening', debit: '0.00', credit: '0.00', balanceDirection: 'flat', balance: '0.00' },
      { period: 202601, kind: 'month', debit: '0.00', credit: '0.00', balanceDirection: 'flat', balance: '0.00' },
      { period: 202601, kind: 'yearToDate', debit: '0.00', credit: '0.00', balanceDirection: 'flat', balance: '0.00' },
      { period: 202602, kind: 'month', debit: '23660.00', credit: '0.00', balanceDirection: 'debit', balance: '23660.00' },
      { period: 202602, kind: 'yearToDate', debit: '23660.00', credit: '0.00', balanceDirection: 'debit', balance: '23660.00' },
    ]);
  });

  it('answers 404 for an account of another company and 400 for a bad id', async () => {
    const other = await createTenant();
    const otherIds = await seedChart(other.id);
    expect((await get(`detail-ledger?accountId=${otherIds['1002']}&from=202601&to=202602`)).status).toBe(404);
    expect((await get(`general-ledger?accountId=${otherIds['1002']}&year=2026`)).status).toBe(404);
    expect((await get('general-ledger?accountId=nope&year=2026')).status).toBe(400);
  });
});

describe('statements (资产负债表, 利润表) and VAT', () => {
  const value = (rows: { key: string; closing?: string | null; currentPeriod?: string | null }[], key: string) => {
    const r = rows.find((x) => x.key === key)!;
    return r.closing ?? r.currentPeriod;
  };

  it('balances the balance sheet after the carry-forward', async () => {
    const { status, body } = await get<BalanceSheet>('balance-sheet?period=202602');
    expect(status).toBe(200);
    expect(body.balanced).toBe(true);
    expect(value(body.assets, 'cash')).toBe('98500.00');
    expect(value(body.assets, 'accountsReceivable')).toBe('23660.00');
    expect(value(body.assets, 'inventories')).toBe('2000.00');
    expect(value(body.assets, 'assetsTotal')).toBe('124160.00');
    expect(value(body.liabilitiesAndEquity, 'taxesPayable')).toBe('1360.00');
    expect(value(body.liabilitiesAndEquity, 'retainedEarnings')).toBe('11500.00');
    expect(value(body.liabilitiesAndEquity, 'liabilitiesAndEquityTotal')).toBe('124160.00');
    expect(body.assets.find((r) => r.key === 'assetsTotal')!.yearOpening).toBe('0.00');
    expect(body.assets[0]).toMatchObject({ kind: 'heading', lineNo: null, closing: null });
  });

  it('reports the period and year-to-date profit before the carry-forward', async () => {
    const { body } = await get<IncomeStatement>('income-statement?period=202602');
    const r = (key: string) => body.rows.find((x) => x.key === key)!;
    expect(r('revenue')).toMatchObject({ currentPeriod: '21000.00', yearToDate: '21000.00', lineNo: 1 });
    expect(r('costOfSales').currentPeriod).toBe('8000.00');
    expect(r('adminExpenses').currentPeriod).toBe('1500.00');
    expect(r('operatingProfit').currentPeriod).toBe('11500.00');
    expect(r('netProfit')).toMatchObject({ currentPeriod: '11500.00', yearToDate: '11500.00' });
    const march = (await get<IncomeStatement>('income-statement?period=202603')).body;
    expect(march.rows.find((x) => x.key === 'netProfit')).toMatchObject({ currentPeriod: '0.00', yearToDate: '11500.00' });
  });

  it('sums VAT by rate with the base, the credit carried in and the tax payable', async () => {
    const jan = (await get<VatSummary>('vat-summary?period=202601')).body;
    expect(jan).toMatchObject({ output: [], input: [{ rate: '0.13', base: '10000.00', tax: '1300.00' }], payable: '0.00', carriedCredit: '1300.00', openingCredit: '0.00' });
    const feb = (await get<VatSummary>('vat-summary?period=202602')).body;
    expect(feb).toEqual({
      period: 202602, output: [{ rate: '0.13', base: '20000.00', tax: '2600.00' }, { rate: '0.06', base: '1000.00', tax: '60.00' }],
      input: [], outputTax: '2660.00', inputTax: '0.00', openingCredit: '1300.00', payable: '1360.00', carriedCredit: '0.00',
    });
  });
});
