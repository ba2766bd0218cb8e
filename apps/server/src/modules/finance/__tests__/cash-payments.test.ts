import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { testDbKind } from '../../../testing/test-database.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { documentLinks } from '../../../platform/links/index.ts';
import { notifications } from '../../../platform/notify/index.ts';
import { finSettlements, finVouchers } from '../infra/finance.tables.ts';
import { postDocument } from '../application/ledger/index.ts';
import { paymentApproved, paymentRejected } from '../application/cash/payment-approval.handlers.ts';
import {
  accountId, apiAs, balanceOf, captureEvents, decide, deliver, financeCompany, newInvoice, newPartner, openItemRow, payloadsOf, voucherLines,
  type Api, type FinanceCompany,
} from './arap-test-kit.ts';

let t: TestContext;
let c: FinanceCompany;
let accountant: Api;
let cashier: Api;
let purchaser: Api;
let customer: string;
let supplier: string;
let bank: { id: string; ledgerAccountId: string; ledgerAccountCode: string };
let events: ReturnType<typeof captureEvents> = [];

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  c = await financeCompany();
  accountant = await apiAs(t, c.accountant);
  cashier = await apiAs(t, c.cashier);
  purchaser = await apiAs(t, c.purchaser);
  customer = await newPartner(accountant, 'C01', '华东贸易', { customer: true });
  supplier = await newPartner(accountant, 'S01', '深圳元件厂', { supplier: true });
  const created = await accountant.post('/finance/cash-accounts', { name: '工商银行基本户', kind: 'bank', bankName: '中国工商银行', accountNo: '6222000011112222' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  bank = created.body as typeof bank;
  // 实收资本 paid in, so the bank has money to pay with.
  const capital = await accountId(c.tenant, '4001');
  await inTenant({ tenantId: c.tenant.id, userId: c.accountant.id }, () => postDocument({
    source: { type: 'testCapital', id: 'capital-1', number: 'CAP-1' }, date: '2026-01-05', summary: '股东投入',
    lines: [{ role: 'bank', side: 'debit', amount: '200000', accountId: bank.ledgerAccountId, cashFlowCategory: 'financingIn' }, { role: 'capital', side: 'credit', amount: '200000', accountId: capital }],
  }));
});
afterAll(async () => { await t.close(); });

async function payable(amount: string, date = '2026-03-01') {
  return newInvoice(accountant, { kind: 'payable', partnerId: supplier, documentDate: date, lines: [{ description: '元件', accountId: await accountId(c.tenant, '1405'), quantity: '1', price: amount, taxRate: '0' }] });
}
async function receivable(amount: string, date = '2026-03-01') {
  return newInvoice(accountant, { kind: 'receivable', partnerId: customer, documentDate: date, lines: [{ description: '服务', accountId: await accountId(c.tenant, '6001'), quantity: '1', price: amount, taxRate: '0' }] });
}
const vouchersCount = () => inTenant({ tenantId: c.tenant.id }, async () => (await tx().select({ n: count() }).from(finVouchers))[0]?.n);

describe('cash accounts', () => {
  it('open as ledger sub-accounts of 1002/1001 and show their book balance', async () => {
    expect(bank).toMatchObject({ ledgerAccountCode: '100201', kind: 'bank', enabled: true });
    const cash = await accountant.post('/finance/cash-accounts', { name: '备用金', kind: 'cash' });
    expect(cash.body).toMatchObject({ ledgerAccountCode: '100101', balance: '0.00' });
    const list = await accountant.get('/finance/cash-accounts');
    expect(list.body.items.map((a: { ledgerAccountCode: string; balance: string }) => [a.ledgerAccountCode, a.balance])).toEqual([['100101', '0.00'], ['100201', '200000.00']]);
    expect((await accountant.patch(`/finance/cash-accounts/${cash.body.id}`, { enabled: false })).body.enabled).toBe(false);
    expect((await purchaser.post('/finance/cash-accounts', { name: 'x', kind: 'cash' })).status).toBe(403);
  });
});

describe('payment requests (付款申请)', () => {
  it('draft → approval (department head → 财务负责人) → approved → executed: 付 voucher, open item partly settled', async () => {
    const bill = await payable('11300.00');
    const created = await purchaser.post('/finance/payments', {
      direction: 'out', partnerId: supplier, amount: '5000', paymentDate: '2026-03-20', category: 'purchasePayments', summary: '支付部分货款',
      allocations: [{ openItemId: bill.openItemId, amount: '5000' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', direction: 'out', amount: '5000.00', partnerName: '深圳元件厂', requestedByName: '陈采' });
    expect(created.body.number).toMatch(/^FK/);
    const early = await cashier.post(`/finance/payments/${created.body.id}/execute`, { cashAccountId: bank.id });
    expect([early.status, early.body.error?.code]).toEqual([409, 'finance.payment.badStatus']);

    const submitted = await purchaser.post(`/finance/payments/${created.body.id}/submit`);
    expect(submitted.body).toMatchObject({ status: 'pendingApproval', approval: { status: 'running' } });
    const instanceId = submitted.body.approval.instanceId as string;
    expect((await decide(t, c.purHead, instanceId, 'approve')).body.status).toBe('running');
    expect((await decide(t, c.finHead, instanceId, 'approve')).body.status).toBe('approved');
    await deliver(events, 'approval.instance.approved', created.body.id, paymentApproved);
    expect((await purchaser.get(`/finance/payments/${created.body.id}`)).body.status).toBe('approved');

    const done = await cashier.post(`/finance/payments/${created.body.id}/execute`, { cashAccountId: bank.id });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'executed', cashAccountName: '工商银行基本户' });
    expect(done.body.voucherNumber).toMatch(/^付-/);
    expect((await voucherLines(c.tenant, done.body.voucherId)).map((l) => [l.code, l.debit, l.credit, l.partnerId, l.cashFlowCategory])).toEqual([
      ['100201', '0.00', '5000.00', null, 'purchasePayments'],
      ['2202', '5000.00', '0.00', supplier, null],
    ]);
    expect(await openItemRow(c.tenant, bill.openItemId)).toMatchObject({ settled: '5000.00', status: 'partial' });
    expect(payloadsOf(events, 'finance.payment.executed').find((p) => p.paymentId === created.body.id)).toMatchObject({
      direction: 'out', amount: '5000.00', allocations: [{ openItemId: bill.openItemId, sourceType: 'finInvoice', sourceId: bill.id, amount: '5000.00', settledInFull: false }],
    });
    const links = await inTenant({ tenantId: c.tenant.id }, () => tx().select().from(documentLinks).where(and(eq(documentLinks.fromId, bill.id), eq(documentLinks.toId, created.body.id))));
    expect(links.map((l) => l.relation)).toEqual(['pays']);

    const twice = await cashier.post(`/finance/payments/${created.body.id}/execute`, { cashAccountId: bank.id });
    expect([twice.status, twice.body.error?.code]).toEqual([409, 'finance.payment.badStatus']);
    expect((await accountant.get(`/finance/invoices/${bill.id}`)).body).toMatchObject({ settled: '5000.00', open: '6300.00' });
    // The purchaser may not pay; only a cashier executes.
    expect((await purchaser.post(`/finance/payments/${created.body.id}/execute`, {})).status).toBe(403);
  });

  it('50,000 or more also needs the 总经理', async () => {
    const bill = await payable('60000.00');
    const created = await purchaser.post('/finance/payments', {
      direction: 'out', partnerId: supplier, amount: '60000', paymentDate: '2026-03-21', category: 'purchasePayments', summary: '大额付款',
      allocations: [{ openItemId: bill.openItemId, amount: '60000' }],
    });
    const submitted = await purchaser.post(`/finance/payments/${created.body.id}/submit`);
    const instanceId = submitted.body.approval.instanceId as string;
    await decide(t, c.purHead, instanceId, 'approve');
    expect((await decide(t, c.finHead, instanceId, 'approve')).body.status).toBe('running');
    expect((await decide(t, c.gm, instanceId, 'approve')).body.status).toBe('approved');
  });

  it('a rejected request is marked rejected, the requester told, and cannot be paid', async () => {
    const bill = await payable('800.00');
    const created = await purchaser.post('/finance/payments', {
      direction: 'out', partnerId: supplier, amount: '800', paymentDate: '2026-03-22', category: 'purchasePayments', summary: '付维修费',
      allocations: [{ openItemId: bill.openItemId, amount: '800' }],
    });
    const submitted = await purchaser.post(`/finance/payments/${created.body.id}/submit`);
    expect((await decide(t, c.purHead, submitted.body.approval.instanceId, 'reject')).body.status).toBe('rejected');
    await deliver(events, 'approval.instance.rejected', created.body.id, paymentRejected);
    expect((await purchaser.get(`/finance/payments/${created.body.id}`)).body.status).toBe('rejected');
    expect(payloadsOf(events, 'finance.payment.rejected')).toContainEqual({ paymentId: created.body.id, number: created.body.number });
    const titles = await inTenant({ tenantId: c.tenant.id }, () => tx().select({ title: notifications.title }).from(notifications).where(eq(notifications.userId, c.purchaser.id)));
    expect(titles.map((n) => n.title)).toContain(`付款申请 ${created.body.number} 被驳回`);
    expect((await cashier.post(`/finance/payments/${created.body.id}/execute`, { cashAccountId: bank.id })).status).toBe(409);
    expect(await openItemRow(c.tenant, bill.openItemId)).toMatchObject({ settled: '0.00', status: 'open' });
    expect((await purchaser.post(`/finance/payments/${created.body.id}/cancel`)).body.status).toBe('cancelled');
  });
});

describe('receipts (收款单) and allocation rules', () => {
  it('settles in full and books the excess as 预收账款 of the customer', async () => {
    const inv = await receivable('22600.00', '2026-03-02');
    const created = await accountant.post('/finance/payments', {
      direction: 'in', partnerId: customer, cashAccountId: bank.id, amount: '25000', paymentDate: '2026-03-28', category: 'salesReceipts', summary: '收货款',
      allocations: [{ openItemId: inv.openItemId, amount: '22600' }],
    });
    expect(created.body.number).toMatch(/^SK/);
    const done = await cashier.post(`/finance/payments/${created.body.id}/execute`);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.voucherNumber).toMatch(/^收-/);
    expect((await voucherLines(c.tenant, done.body.voucherId)).map((l) => [l.code, l.debit, l.credit, l.partnerId, l.cashFlowCategory])).toEqual([
      ['100201', '25000.00', '0.00', null, 'salesReceipts'],
      ['1122', '0.00', '22600.00', customer, null],
      ['2203', '0.00', '2400.00', customer, null],
    ]);
    expect(await openItemRow(c.tenant, inv.openItemId)).toMatchObject({ settled: '22600.00', status: 'settled' });
    expect(payloadsOf(events, 'finance.payment.executed').find((p) => p.paymentId === created.body.id)?.allocations[0]?.settledInFull).toBe(true);
    const cancel = await accountant.post(`/finance/invoices/${inv.id}/cancel`, {});
    expect([cancel.status, cancel.body.error?.code]).toEqual([409, 'finance.arap.invoiceSettled']);
  });

  it('refuses over-allocation, foreign documents and wrong kinds, writing nothing', async () => {
    const inv = await receivable('1000.00');
    const bill = await payable('700.00');
    const other = await newPartner(accountant, 'C02', '另一客户', { customer: true });
    const base = { direction: 'in', partnerId: customer, cashAccountId: bank.id, amount: '900', paymentDate: '2026-03-29', category: 'salesReceipts', summary: '收款' };
    const cases: [unknown, number, string][] = [
      [{ ...base, allocations: [{ openItemId: inv.openItemId, amount: '901' }] }, 400, 'finance.payment.overAllocated'],
      [{ ...base, amount: '5000', allocations: [{ openItemId: inv.openItemId, amount: '1000.01' }] }, 409, 'finance.payment.allocationExceedsOpen'],
      [{ ...base, allocations: [{ openItemId: bill.openItemId, amount: '100' }] }, 400, 'finance.payment.allocationMismatch'],
      [{ ...base, partnerId: other, allocations: [{ openItemId: inv.openItemId, amount: '100' }] }, 400, 'finance.payment.allocationMismatch'],
      [{ ...base, allocations: [{ openItemId: inv.openItemId, amount: '100' }, { openItemId: inv.openItemId, amount: '100' }] }, 400, 'finance.payment.duplicateAllocation'],
      [{ ...base, allocations: [{ openItemId: '00000000-0000-7000-8000-000000000009', amount: '100' }] }, 404, 'finance.arap.openItemNotFound'],
      [{ ...base, partnerId: null, allocations: [] }, 400, 'finance.payment.counterpartyRequired'],
    ];
    for (const [body, status, code] of cases) {
      const res = await accountant.post('/finance/payments', body);
      expect([res.status, res.body.error?.code]).toEqual([status, code]);
    }
    expect((await accountant.post('/finance/payments', { ...base, amount: '-5', allocations: [] })).status).toBe(400);

    // Two receipts each allocating the whole open amount: the second execution is refused and leaves no trace.
    const first = await accountant.post('/finance/payments', { ...base, amount: '1000', allocations: [{ openItemId: inv.openItemId, amount: '1000' }] });
    const second = await accountant.post('/finance/payments', { ...base, amount: '1000', allocations: [{ openItemId: inv.openItemId, amount: '1000' }] });
    expect((await cashier.post(`/finance/payments/${first.body.id}/execute`)).status).toBe(200);
    const bankBefore = await balanceOf(c.tenant, '100201');
    const vouchersBefore = await vouchersCount();
    const refused = await cashier.post(`/finance/payments/${second.body.id}/execute`);
    expect([refused.status, refused.body.error?.code]).toEqual([409, 'finance.payment.allocationExceedsOpen']);
    expect(await balanceOf(c.tenant, '100201')).toBe(bankBefore);
    expect(await vouchersCount()).toBe(vouchersBefore);
    expect((await accountant.get(`/finance/payments/${second.body.id}`)).body).toMatchObject({ status: 'draft', voucherId: null });
    expect(await openItemRow(c.tenant, inv.openItemId)).toMatchObject({ settled: '1000.00', status: 'settled' });
  });

  it('a payment without a partner goes to the chosen counter account', async () => {
    const otherPayable = await accountId(c.tenant, '2241');
    const created = await accountant.post('/finance/payments', {
      direction: 'out', counterpartyName: '房东王先生', counterAccountId: otherPayable, amount: '3000', paymentDate: '2026-03-30', category: 'otherOperatingOut', summary: '押金',
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const submitted = await accountant.post(`/finance/payments/${created.body.id}/submit`);
    // The accountant's head is the 财务负责人: approved once (consecutive duplicates are merged).
    expect((await decide(t, c.finHead, submitted.body.approval.instanceId, 'approve')).body.status).toBe('approved');
    await deliver(events, 'approval.instance.approved', created.body.id, paymentApproved);
    const done = await cashier.post(`/finance/payments/${created.body.id}/execute`, { cashAccountId: bank.id });
    expect((await voucherLines(c.tenant, done.body.voucherId)).map((l) => [l.code, l.debit, l.credit])).toEqual([['100201', '0.00', '3000.00'], ['2241', '3000.00', '0.00']]);
  });

  it('another company sees none of it', async () => {
    const other = await financeCompany('别家公司');
    const stranger = await apiAs(t, other.cashier);
    const list = await accountant.get('/finance/payments');
    const id = list.body.items[0].id as string;
    expect((await stranger.get(`/finance/payments/${id}`)).status).toBe(404);
    expect((await stranger.post(`/finance/payments/${id}/execute`, {})).status).toBe(404);
    expect((await stranger.patch(`/finance/cash-accounts/${bank.id}`, { name: 'x' })).status).toBe(404);
  });
});

describe.skipIf(testDbKind !== 'postgres')('concurrent execution (PostgreSQL)', () => {
  it('two payments racing for one open item never settle more than it is', async () => {
    for (let round = 0; round < 5; round++) {
      const inv = await receivable('500.00', '2026-04-01');
      const make = () => accountant.post('/finance/payments', {
        direction: 'in', partnerId: customer, cashAccountId: bank.id, amount: '400', paymentDate: '2026-04-02', category: 'salesReceipts', summary: `并发 ${round}`,
        allocations: [{ openItemId: inv.openItemId, amount: '400' }],
      });
      const [a, b] = [await make(), await make()];
      const results = await Promise.all([cashier.post(`/finance/payments/${a.body.id}/execute`), cashier.post(`/finance/payments/${b.body.id}/execute`)]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await openItemRow(c.tenant, inv.openItemId)).toMatchObject({ settled: '400.00', status: 'partial' });
      const settled = await inTenant({ tenantId: c.tenant.id }, () => tx().select().from(finSettlements).where(eq(finSettlements.openItemId, inv.openItemId)));
      expect(settled.map((s) => s.amount)).toEqual(['400.00']);
    }
  });
});
