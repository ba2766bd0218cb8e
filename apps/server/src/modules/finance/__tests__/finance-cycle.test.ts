import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { postDocument, trialBalance } from '../index.ts';
import { paymentApproved } from '../application/cash/payment-approval.handlers.ts';
import { accountId, apiAs, balanceOf, captureEvents, decide, deliver, financeCompany, newInvoice, newPartner, openItemRow, type FinanceCompany } from './arap-test-kit.ts';

// The worked cycle of a trading company in one month: buy goods, sell part of them, carry the cost
// of what was sold, pay the supplier, collect part of the customer's debt. Every touched account
// must end where a bookkeeper would put it by hand.

let t: TestContext;
let c: FinanceCompany;

const expected: Record<string, string> = {
  '100201': '48700.00', //   50,000 paid in − 11,300 to the supplier + 10,000 from the customer
  '4001': '-50000.00', //    实收资本 (credit)
  '1405': '4000.00', //      10,000 bought − 6,000 sold
  '22210101': '1300.00', //  进项税额
  '22210102': '-2600.00', // 销项税额 (credit)
  '2202': '0.00', //         the supplier is paid in full
  '1122': '12600.00', //     22,600 invoiced − 10,000 collected
  '6001': '-20000.00', //    revenue (credit)
  '6401': '6000.00', //      cost of goods sold
};

beforeAll(async () => {
  t = await createTestApp();
  const events = captureEvents();
  c = await financeCompany();
  const accountant = await apiAs(t, c.accountant);
  const cashier = await apiAs(t, c.cashier);
  const supplier = await newPartner(accountant, 'S01', '苏州精密零件厂', { supplier: true }, { creditCode: '91440300708461136T' });
  const customer = await newPartner(accountant, 'C01', '上海华联商贸', { customer: true });
  const bank = (await accountant.post('/finance/cash-accounts', { name: '工商银行基本户', kind: 'bank' })).body as { id: string; ledgerAccountId: string };
  const [capital, goods, revenue, cogs] = [await accountId(c.tenant, '4001'), await accountId(c.tenant, '1405'), await accountId(c.tenant, '6001'), await accountId(c.tenant, '6401')];
  const post = (id: string, lines: Parameters<typeof postDocument>[0]['lines']) =>
    inTenant({ tenantId: c.tenant.id, userId: c.accountant.id }, () => postDocument({ source: { type: 'cycleTest', id, number: id }, date: '2026-05-02', summary: id, lines }));
  await post('paid-in', [{ role: 'bank', side: 'debit', amount: '50000', accountId: bank.ledgerAccountId, cashFlowCategory: 'financingIn' }, { role: 'equity', side: 'credit', amount: '50000', accountId: capital }]);

  // Purchase: Dr 1405 10,000 + 22210101 1,300 / Cr 2202 11,300.
  const bill = await newInvoice(accountant, { kind: 'payable', partnerId: supplier, documentDate: '2026-05-05', taxInclusive: false, lines: [{ description: '轴承 1000 套', accountId: goods, quantity: '1000', price: '10', taxRate: '0.13' }] });
  // Sale: Dr 1122 22,600 / Cr 6001 20,000 + 22210102 2,600.
  const sale = await newInvoice(accountant, { kind: 'receivable', partnerId: customer, documentDate: '2026-05-10', taxInclusive: false, lines: [{ description: '轴承 600 套', accountId: revenue, quantity: '600', price: '33.333333', taxRate: '0.13' }] });
  // Cost of what was sold: Dr 6401 / Cr 1405 6,000.
  await post('cogs', [{ role: 'cogs', side: 'debit', amount: '6000', accountId: cogs }, { role: 'inventory', side: 'credit', amount: '6000', accountId: goods }]);

  // Supplier paid in full after approval.
  const request = await accountant.post('/finance/payments', { direction: 'out', partnerId: supplier, cashAccountId: bank.id, amount: '11300', paymentDate: '2026-05-20', category: 'purchasePayments', summary: '支付轴承货款', allocations: [{ openItemId: bill.openItemId, amount: '11300' }] });
  const submitted = await accountant.post(`/finance/payments/${request.body.id}/submit`);
  await decide(t, c.finHead, submitted.body.approval.instanceId, 'approve');
  await deliver(events, 'approval.instance.approved', request.body.id, paymentApproved);
  expect((await cashier.post(`/finance/payments/${request.body.id}/execute`)).status).toBe(200);

  // Customer pays part.
  const receipt = await accountant.post('/finance/payments', { direction: 'in', partnerId: customer, cashAccountId: bank.id, amount: '10000', paymentDate: '2026-05-25', category: 'salesReceipts', summary: '收到部分货款', allocations: [{ openItemId: sale.openItemId, amount: '10000' }] });
  expect((await cashier.post(`/finance/payments/${receipt.body.id}/execute`)).status).toBe(200);
  expect(sale.grossAmount).toBe('22600.00');
  expect(await openItemRow(c.tenant, bill.openItemId)).toMatchObject({ status: 'settled' });
  expect(await openItemRow(c.tenant, sale.openItemId)).toMatchObject({ status: 'partial', settled: '10000.00' });
});
afterAll(async () => { await t.close(); });

describe('purchase → sale → payment cycle', () => {
  it('leaves every touched account at its hand-worked balance (period balances)', async () => {
    for (const [code, balance] of Object.entries(expected)) expect([code, await balanceOf(c.tenant, code)]).toEqual([code, balance]);
    const sum = Object.values(expected).reduce((s, v) => s + Math.round(Number(v) * 100), 0);
    expect(sum).toBe(0);
  });

  it('agrees with the trial balance (科目余额表)', async () => {
    const tb = await inTenant({ tenantId: c.tenant.id }, () => trialBalance({ from: 202605, to: 202605, includeZero: false }));
    const row = (code: string) => tb.rows.find((r) => r.code === code);
    for (const [code, balance] of Object.entries(expected)) {
      const r = row(code);
      if (balance === '0.00') {
        if (r) expect([code, r.closingDebit, r.closingCredit]).toEqual([code, '0.00', '0.00']);
        continue;
      }
      const debitSide = !balance.startsWith('-');
      expect([code, debitSide ? r?.closingDebit : r?.closingCredit]).toEqual([code, debitSide ? balance : balance.slice(1)]);
    }
    expect(row('2202')?.periodDebit).toBe('11300.00');
    expect(tb.totals.closingDebit).toBe(tb.totals.closingCredit);
    // Each voucher once: paid-in 50,000 + purchase 11,300 + sale 22,600 + cost 6,000 + payment 11,300 + receipt 10,000.
    expect(tb.totals.periodDebit).toBe('111200.00');
  });
});
