import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { ageOpenItems, bucketOf } from '../domain/arap/aging.ts';
import { runStatement } from '../domain/arap/statement.ts';
import { accountId, apiAs, financeCompany, newInvoice, newPartner, type Api, type FinanceCompany } from './arap-test-kit.ts';

describe('aging buckets (pure)', () => {
  it('puts 30 days in 0–30, 31 in 31–60, 90 in 61–90 and 91 in 90+', () => {
    expect(bucketOf('2026-05-02', '2026-06-01')).toBe('d0_30');
    expect(bucketOf('2026-05-01', '2026-06-01')).toBe('d31_60');
    expect(bucketOf('2026-03-03', '2026-06-01')).toBe('d61_90');
    expect(bucketOf('2026-03-02', '2026-06-01')).toBe('d90plus');
    expect(bucketOf('2026-06-10', '2026-06-01')).toBe('d0_30');
    const { rows, totals } = ageOpenItems([
      { partnerId: 'a', documentDate: '2026-05-20', open: '100.00' },
      { partnerId: 'a', documentDate: '2026-01-01', open: '50.50' },
      { partnerId: 'b', documentDate: '2026-04-15', open: '10.00' },
      { partnerId: 'b', documentDate: '2026-04-15', open: '0.00' },
    ], '2026-06-01');
    expect(rows).toEqual([
      { partnerId: 'a', total: '150.50', d0_30: '100.00', d31_60: '0.00', d61_90: '0.00', d90plus: '50.50' },
      { partnerId: 'b', total: '10.00', d0_30: '0.00', d31_60: '10.00', d61_90: '0.00', d90plus: '0.00' },
    ]);
    expect(totals).toEqual({ total: '160.50', d0_30: '100.00', d31_60: '10.00', d61_90: '0.00', d90plus: '50.50' });
  });

  it('runs a statement balance in date order, invoices before payments on the same day', () => {
    const { rows, closing } = runStatement('100.00', [
      { date: '2026-03-05', kind: 'payment', number: 'SK-2', summary: null, increase: '0.00', decrease: '30.00' },
      { date: '2026-03-05', kind: 'invoice', number: 'YS-2', summary: null, increase: '20.00', decrease: '0.00' },
      { date: '2026-03-01', kind: 'invoice', number: 'YS-1', summary: null, increase: '10.00', decrease: '0.00' },
    ]);
    expect(rows.map((r) => [r.number, r.balance])).toEqual([['YS-1', '110.00'], ['YS-2', '130.00'], ['SK-2', '100.00']]);
    expect(closing).toBe('100.00');
  });
});

describe('aging and statements from the books', () => {
  let t: TestContext;
  let c: FinanceCompany;
  let api: Api;
  let customer: string;
  let second: string;

  beforeAll(async () => {
    t = await createTestApp();
    c = await financeCompany();
    api = await apiAs(t, c.accountant);
    customer = await newPartner(api, 'C01', '华东贸易', { customer: true });
    second = await newPartner(api, 'C02', '北方商行', { customer: true });
    const revenue = await accountId(c.tenant, '6001');
    const bank = (await api.post('/finance/cash-accounts', { name: '建行', kind: 'bank' })).body.id as string;
    const sell = (partnerId: string, documentDate: string, price: string) =>
      newInvoice(api, { kind: 'receivable', partnerId, documentDate, taxInclusive: true, lines: [{ description: '货物', accountId: revenue, quantity: '1', price, taxRate: '0' }] });
    await sell(customer, '2026-01-10', '1000');      // settled in full in February (before the statement)
    const feb = await sell(customer, '2026-02-20', '2000'); // partly settled in April
    await sell(customer, '2026-03-10', '3000');
    await sell(customer, '2026-04-10', '4000');
    await sell(second, '2026-05-20', '500');
    const receive = async (date: string, allocations: { openItemId: string; amount: string }[], amount: string) => {
      const p = await api.post('/finance/payments', { direction: 'in', partnerId: customer, cashAccountId: bank, amount, paymentDate: date, category: 'salesReceipts', summary: `收款 ${date}`, allocations });
      const cashier = await apiAs(t, c.cashier);
      const done = await cashier.post(`/finance/payments/${p.body.id}/execute`);
      if (done.status !== 200) throw new Error(JSON.stringify(done.body));
    };
    const first = (await api.get(`/finance/open-items?partnerId=${customer}&sort=documentDate`)).body.items[0];
    await receive('2026-02-05', [{ openItemId: first.id, amount: '1000' }], '1000');
    await receive('2026-04-15', [{ openItemId: feb.openItemId, amount: '1500' }], '1500');
  });
  afterAll(async () => { await t.close(); });

  it('ages the open amounts per partner as of a date (later receipts not yet counted)', async () => {
    const now = await api.get('/finance/aging?kind=receivable&asOf=2026-06-01');
    expect(now.status).toBe(200);
    expect(now.body.rows).toEqual([
      { partnerId: customer, partnerName: '华东贸易', total: '7500.00', d0_30: '0.00', d31_60: '4000.00', d61_90: '3000.00', d90plus: '500.00' },
      { partnerId: second, partnerName: '北方商行', total: '500.00', d0_30: '500.00', d31_60: '0.00', d61_90: '0.00', d90plus: '0.00' },
    ]);
    expect(now.body.totals.total).toBe('8000.00');
    // At the end of March the April receipt and invoice did not exist yet.
    const march = await api.get('/finance/aging?kind=receivable&asOf=2026-03-31');
    expect(march.body.rows).toEqual([{ partnerId: customer, partnerName: '华东贸易', total: '5000.00', d0_30: '3000.00', d31_60: '2000.00', d61_90: '0.00', d90plus: '0.00' }]);
    expect((await api.get('/finance/aging?kind=payable&asOf=2026-06-01')).body.rows).toEqual([]);
    expect((await api.get('/finance/aging?kind=other')).status).toBe(400);
  });

  it('lists open items by status and shows the statement with opening, running and closing balance', async () => {
    const unsettled = await api.get(`/finance/open-items?kind=receivable&partnerId=${customer}&status=unsettled`);
    expect(unsettled.body.items.map((i: { open: string; status: string }) => [i.open, i.status])).toEqual([['500.00', 'partial'], ['3000.00', 'open'], ['4000.00', 'open']]);
    const st = await api.get(`/finance/statements?kind=receivable&partnerId=${customer}&from=2026-03-01&to=2026-04-30`);
    expect(st.status).toBe(200);
    expect(st.body.opening).toBe('2000.00');
    expect(st.body.rows.map((r: { kind: string; increase: string; decrease: string; balance: string }) => [r.kind, r.increase, r.decrease, r.balance])).toEqual([
      ['invoice', '3000.00', '0.00', '5000.00'],
      ['invoice', '4000.00', '0.00', '9000.00'],
      ['payment', '0.00', '1500.00', '7500.00'],
    ]);
    expect(st.body.rows[2].number).toMatch(/^SK/);
    expect(st.body.closing).toBe('7500.00');
    expect((await api.get(`/finance/statements?kind=receivable&partnerId=${customer}&from=2026-05-01&to=2026-04-01`)).status).toBe(400);
    const other = await apiAs(t, (await financeCompany('别家')).accountant);
    expect((await other.get(`/finance/statements?kind=receivable&partnerId=${customer}&from=2026-01-01&to=2026-12-31`)).status).toBe(404);
  });
});
