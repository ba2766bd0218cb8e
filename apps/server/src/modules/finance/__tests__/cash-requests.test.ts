import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { documentLinks } from '../../../platform/links/index.ts';
import { createPaymentRequest, recordOpenItem } from '../index.ts';
import { apiAs, decide, financeCompany, newPartner, openItemRow, type Api, type FinanceCompany } from './arap-test-kit.ts';

// What other modules call (a supplier bill raising its payment request) and the approval types
// finance relies on.

let t: TestContext;
let c: FinanceCompany;
let purchaser: Api;
let supplier: string;

beforeAll(async () => {
  t = await createTestApp();
  c = await financeCompany();
  purchaser = await apiAs(t, c.purchaser);
  supplier = await newPartner(await apiAs(t, c.accountant), 'S01', '深圳元件厂', { supplier: true }, { paymentTermDays: 60 });
});
afterAll(async () => { await t.close(); });

describe('recordOpenItem + createPaymentRequest (for procurement)', () => {
  it('records a bill’s open item and raises a submitted payment request allocated to it', async () => {
    const source = { type: 'supplierBill', id: 'bill-0001', number: 'PB-202603-0001' };
    const { openItemId } = await inTenant({ tenantId: c.tenant.id, userId: c.purchaser.id }, () =>
      recordOpenItem({ kind: 'payable', partnerId: supplier, source, documentDate: '2026-03-01', amount: '2000', summary: '采购发票' }));
    expect(await openItemRow(c.tenant, openItemId)).toMatchObject({ amount: '2000.00', dueDate: '2026-04-30', status: 'open', sourceType: 'supplierBill' });
    await expect(inTenant({ tenantId: c.tenant.id }, () =>
      recordOpenItem({ kind: 'payable', partnerId: supplier, source: { ...source, id: 'bill-0002' }, documentDate: '2026-03-01', amount: '0' }))).rejects.toMatchObject({ code: 'finance.arap.zeroAmount' });

    const created = await inTenant({ tenantId: c.tenant.id, userId: c.purchaser.id }, () => createPaymentRequest({
      partnerId: supplier, amount: '2000', summary: '支付 PB-202603-0001', source, allocations: [{ openItemId, amount: '2000' }], requestedBy: c.purchaser.id,
    }));
    expect(created.number).toMatch(/^FK/);
    const payment = await purchaser.get(`/finance/payments/${created.paymentId}`);
    expect(payment.body).toMatchObject({ status: 'pendingApproval', category: 'purchasePayments', sourceType: 'supplierBill', sourceNumber: 'PB-202603-0001', approval: { status: 'running' } });
    expect(payment.body.allocations).toEqual([{ openItemId, amount: '2000.00', sourceType: 'supplierBill', sourceId: 'bill-0001', sourceNumber: 'PB-202603-0001', open: '2000.00' }]);
    const links = await inTenant({ tenantId: c.tenant.id }, () => tx().select().from(documentLinks).where(and(eq(documentLinks.fromId, 'bill-0001'), eq(documentLinks.toId, created.paymentId))));
    expect(links.map((l) => l.relation)).toEqual(['requests']);
    // Over the open amount: refused, nothing created.
    await expect(inTenant({ tenantId: c.tenant.id, userId: c.purchaser.id }, () => createPaymentRequest({
      partnerId: supplier, amount: '2500', summary: 'x', allocations: [{ openItemId, amount: '2500' }], requestedBy: c.purchaser.id,
    }))).rejects.toMatchObject({ code: 'finance.payment.allocationExceedsOpen' });
  });
});
describe('报销 over budget', () => {
  it('adds the 总经理 when the system marks a small claim over budget; otherwise not', async () => {
    const types = await purchaser.get('/approval/request-types');
    const expense = types.body.items.find((i: { code: string }) => i.code === 'expense');
    // Document reviews (付款申请, 凭证审核) start from their documents and are not offered as requests.
    expect(types.body.items.map((i: { code: string }) => i.code)).not.toEqual(expect.arrayContaining(['financePayment']));
    expect(types.body.items.map((i: { code: string }) => i.code)).not.toEqual(expect.arrayContaining(['financeVoucher']));
    const claim = (overBudget?: string) => purchaser.post('/approval/instances', {
      requestTypeId: expense.id,
      form: { items: [{ category: 'office', date: '2026-03-01', amount: '100.00' }], reason: '打印纸', ...(overBudget ? { overBudget } : {}) },
    });
    const over = await claim('true');
    expect(over.status, JSON.stringify(over.body)).toBe(201);
    expect((await decide(t, c.purHead, over.body.id, 'approve')).body.status).toBe('running');
    expect((await decide(t, c.gm, over.body.id, 'approve')).body.status).toBe('running');
    const within = await claim();
    expect((await decide(t, c.purHead, within.body.id, 'approve')).body.status).toBe('running');
    // Within budget the 财务 check follows the department head directly.
    expect((await decide(t, c.finHead, within.body.id, 'approve')).body.status).toBe('approved');
    expect((await decide(t, c.finHead, over.body.id, 'approve')).body.status).toBe('approved');
  });
});
