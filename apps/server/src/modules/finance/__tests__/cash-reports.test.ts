import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { postDocument } from '../application/ledger/index.ts';
import { paymentApproved } from '../application/cash/payment-approval.handlers.ts';
import { forecastWeeks } from '../domain/cash/forecast.ts';
import { accountId, apiAs, captureEvents, decide, deliver, financeCompany, newInvoice, newPartner, type Api, type FinanceCompany } from './arap-test-kit.ts';

describe('13-week forecast (pure)', () => {
  it('places items by due week, overdue in week 1, and drops what is beyond the horizon', () => {
    const f = forecastWeeks({
      asOf: '2026-06-01', weeks: 3, openingCash: '100.00',
      receivables: [{ dueDate: '2026-05-31', open: '10.00' }, { dueDate: '2026-06-07', open: '1.00' }, { dueDate: '2026-06-08', open: '2.00' }, { dueDate: '2026-06-22', open: '99.00' }],
      payables: [{ dueDate: '2026-06-21', open: '50.00' }, { dueDate: '2026-01-01', open: '5.00' }],
    });
    expect(f.weeks.map((w) => [w.weekStart, w.weekEnd, w.receipts, w.payments, w.closingCash])).toEqual([
      ['2026-06-01', '2026-06-07', '11.00', '5.00', '106.00'],
      ['2026-06-08', '2026-06-14', '2.00', '0.00', '108.00'],
      ['2026-06-15', '2026-06-21', '0.00', '50.00', '58.00'],
    ]);
    expect([f.overdueReceivable, f.overduePayable]).toEqual(['10.00', '5.00']);
  });
});

describe('journals, cash flow and forecast from the books', () => {
  let t: TestContext;
  let c: FinanceCompany;
  let api: Api;
  let bank: { id: string; ledgerAccountId: string };
  let till: { id: string; ledgerAccountId: string };
  let events: ReturnType<typeof captureEvents> = [];

  beforeAll(async () => {
    t = await createTestApp();
    events = captureEvents();
    c = await financeCompany();
    api = await apiAs(t, c.accountant);
    const cashier = await apiAs(t, c.cashier);
    const customer = await newPartner(api, 'C01', '华东贸易', { customer: true });
    const supplier = await newPartner(api, 'S01', '深圳元件厂', { supplier: true });
    bank = (await api.post('/finance/cash-accounts', { name: '招商银行', kind: 'bank' })).body as typeof bank;
    till = (await api.post('/finance/cash-accounts', { name: '现金', kind: 'cash' })).body as typeof till;
    const [capital, revenue, goods] = [await accountId(c.tenant, '4001'), await accountId(c.tenant, '6001'), await accountId(c.tenant, '1405')];
    const post = (id: string, date: string, lines: Parameters<typeof postDocument>[0]['lines']) =>
      inTenant({ tenantId: c.tenant.id, userId: c.accountant.id }, () => postDocument({ source: { type: 'testEntry', id, number: id }, date, summary: id, lines }));
    await post('capital', '2026-01-05', [{ role: 'bank', side: 'debit', amount: '100000', accountId: bank.ledgerAccountId, cashFlowCategory: 'financingIn' }, { role: 'x', side: 'credit', amount: '100000', accountId: capital }]);
    const sale = await newInvoice(api, { kind: 'receivable', partnerId: customer, documentDate: '2026-02-01', lines: [{ description: '货', accountId: revenue, quantity: '1', price: '11300' }] });
    const bill = await newInvoice(api, { kind: 'payable', partnerId: supplier, documentDate: '2026-02-01', lines: [{ description: '料', accountId: goods, quantity: '1', price: '5000', taxRate: '0' }] });
    const receipt = await api.post('/finance/payments', { direction: 'in', partnerId: customer, cashAccountId: bank.id, amount: '11300', paymentDate: '2026-02-10', category: 'salesReceipts', summary: '收货款', allocations: [{ openItemId: sale.openItemId, amount: '11300' }] });
    await cashier.post(`/finance/payments/${receipt.body.id}/execute`);
    const pay = await api.post('/finance/payments', { direction: 'out', partnerId: supplier, cashAccountId: bank.id, amount: '5000', paymentDate: '2026-02-15', category: 'purchasePayments', summary: '付货款', allocations: [{ openItemId: bill.openItemId, amount: '5000' }] });
    const submitted = await api.post(`/finance/payments/${pay.body.id}/submit`);
    await decide(t, c.finHead, submitted.body.approval.instanceId, 'approve');
    await deliver(events, 'approval.instance.approved', pay.body.id, paymentApproved);
    expect((await cashier.post(`/finance/payments/${pay.body.id}/execute`)).status).toBe(200);
    await post('withdrawal', '2026-02-20', [{ role: 'cash', side: 'debit', amount: '2000', accountId: till.ledgerAccountId }, { role: 'bank', side: 'credit', amount: '2000', accountId: bank.ledgerAccountId }]);
    const advance = await api.post('/finance/payments', { direction: 'in', partnerId: customer, cashAccountId: bank.id, amount: '1000', paymentDate: '2026-03-05', category: 'salesReceipts', summary: '预收款', allocations: [] });
    await cashier.post(`/finance/payments/${advance.body.id}/execute`);
    // Still open, for the forecast: overdue, due in week 2, due in week 1, due beyond 13 weeks.
    await newInvoice(api, { kind: 'receivable', partnerId: customer, documentDate: '2026-04-01', dueDate: '2026-05-20', lines: [{ description: '货', accountId: revenue, quantity: '1', price: '3000', taxRate: '0' }] });
    await newInvoice(api, { kind: 'receivable', partnerId: customer, documentDate: '2026-05-01', dueDate: '2026-06-10', lines: [{ description: '货', accountId: revenue, quantity: '1', price: '4000', taxRate: '0' }] });
    await newInvoice(api, { kind: 'payable', partnerId: supplier, documentDate: '2026-05-01', dueDate: '2026-06-03', lines: [{ description: '料', accountId: goods, quantity: '1', price: '6000', taxRate: '0' }] });
    await newInvoice(api, { kind: 'payable', partnerId: supplier, documentDate: '2026-05-01', dueDate: '2026-09-30', lines: [{ description: '料', accountId: goods, quantity: '1', price: '9999', taxRate: '0' }] });
  });
  afterAll(async () => { await t.close(); });

  it('bank journal: opening from earlier periods and earlier days of the month, running balance, closing', async () => {
    const j = await api.get(`/finance/journals?cashAccountId=${bank.id}&from=2026-02-12&to=2026-03-31`);
    expect(j.status, JSON.stringify(j.body)).toBe(200);
    expect(j.body.opening).toBe('111300.00');
    expect(j.body.rows.map((r: { date: string; income: string; expense: string; balance: string }) => [r.date, r.income, r.expense, r.balance])).toEqual([
      ['2026-02-15', '0.00', '5000.00', '106300.00'],
      ['2026-02-20', '0.00', '2000.00', '104300.00'],
      ['2026-03-05', '1000.00', '0.00', '105300.00'],
    ]);
    expect([j.body.closing, j.body.totalIncome, j.body.totalExpense]).toEqual(['105300.00', '1000.00', '7000.00']);
    const cash = await api.get(`/finance/journals?cashAccountId=${till.id}&from=2026-01-01&to=2026-12-31`);
    expect([cash.body.opening, cash.body.closing, cash.body.rows.length]).toEqual(['0.00', '2000.00', 1]);
    const accounts = await api.get('/finance/cash-accounts');
    expect(accounts.body.items.map((a: { name: string; balance: string }) => [a.name, a.balance])).toEqual([['现金', '2000.00'], ['招商银行', '105300.00']]);
  });

  it('cash flow by category; transfers between own accounts are uncategorised and net to zero', async () => {
    const q = await api.get('/finance/cash-flow?from=202601&to=202603');
    expect(q.status).toBe(200);
    const byCategory = Object.fromEntries(q.body.rows.map((r: { category: string; inflow: string; outflow: string }) => [r.category, [r.inflow, r.outflow]]));
    expect(byCategory).toMatchObject({
      financingIn: ['100000.00', '0.00'], salesReceipts: ['12300.00', '0.00'], purchasePayments: ['0.00', '5000.00'], uncategorised: ['2000.00', '2000.00'], taxPayments: ['0.00', '0.00'],
    });
    expect([q.body.totalIn, q.body.totalOut, q.body.net]).toEqual(['114300.00', '7000.00', '107300.00']);
    expect(q.body.rows.find((r: { category: string }) => r.category === 'salesReceipts').label['zh-CN']).toBe('销售商品、提供劳务收到的现金');
    const feb = await api.get('/finance/cash-flow?from=202602&to=202602');
    expect([feb.body.totalIn, feb.body.totalOut]).toEqual(['13300.00', '7000.00']);
    expect((await api.get('/finance/cash-flow?from=202604&to=202603')).status).toBe(400);
    expect((await api.get('/finance/cash-flow?from=202613&to=202614')).status).toBe(400);
  });

  it('13-week forecast from today’s cash and open items by due date', async () => {
    const f = await api.get('/finance/cash-forecast?asOf=2026-06-01');
    expect(f.status).toBe(200);
    expect(f.body).toMatchObject({ asOf: '2026-06-01', openingCash: '107300.00', overdueReceivable: '3000.00', overduePayable: '0.00' });
    expect(f.body.weeks).toHaveLength(13);
    expect(f.body.weeks.slice(0, 3).map((w: { receipts: string; payments: string; closingCash: string }) => [w.receipts, w.payments, w.closingCash])).toEqual([
      ['3000.00', '6000.00', '104300.00'], ['4000.00', '0.00', '108300.00'], ['0.00', '0.00', '108300.00'],
    ]);
    expect(f.body.weeks[12]).toMatchObject({ weekStart: '2026-08-24', weekEnd: '2026-08-30', closingCash: '108300.00' });
    expect((await api.get('/finance/cash-forecast?weeks=0')).status).toBe(400);
  });
});
