import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { documentLinks } from '../../../platform/links/index.ts';
import { finInvoices, finOpenItems, finVouchers } from '../infra/finance.tables.ts';
import { accountId, apiAs, balanceOf, financeCompany, newInvoice, newPartner, voucherLines, voucherOf, type Api, type FinanceCompany } from './arap-test-kit.ts';

let t: TestContext;
let c: FinanceCompany;
let api: Api;
let customer: string;
let supplier: string;
const acc: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  c = await financeCompany();
  api = await apiAs(t, c.accountant);
  customer = await newPartner(api, 'C01', '华东贸易', { customer: true }, { paymentTermDays: 45 });
  supplier = await newPartner(api, 'S01', '深圳元件厂', { supplier: true });
  for (const code of ['6001', '6051', '1405', '6602', '2221']) acc[code] = await accountId(c.tenant, code);
});
afterAll(async () => { await t.close(); });

const counts = () => inTenant({ tenantId: c.tenant.id }, async () => ({
  invoices: (await tx().select({ n: count() }).from(finInvoices))[0]?.n,
  vouchers: (await tx().select({ n: count() }).from(finVouchers))[0]?.n,
  openItems: (await tx().select({ n: count() }).from(finOpenItems))[0]?.n,
}));

describe('应收单/应付单', () => {
  it('a receivable invoice posts Dr 应收账款 / Cr revenue / Cr 销项税额 and records its open item', async () => {
    const inv = await newInvoice(api, {
      kind: 'receivable', partnerId: customer, documentDate: '2026-03-10', taxInclusive: false,
      lines: [{ description: '软件许可', accountId: acc['6001']!, quantity: '4', price: '5000', taxRate: '0.13' }],
    });
    expect(inv).toMatchObject({ kind: 'receivable', netAmount: '20000.00', taxAmount: '2600.00', grossAmount: '22600.00', open: '22600.00', settled: '0.00', status: 'posted', dueDate: '2026-04-24', partnerName: '华东贸易' });
    expect(inv.number).toMatch(/^YS/);
    expect(inv.lines[0]).toMatchObject({ net: '20000.00', tax: '2600.00', gross: '22600.00', accountCode: '6001' });
    const voucher = await voucherOf(c.tenant, inv.voucherId);
    expect(voucher).toMatchObject({ status: 'posted', word: 'zhuan', sourceType: 'finInvoice', sourceId: inv.id, sourceNumber: inv.number, period: 202603, totalDebit: '22600.00' });
    expect(inv.voucherNumber).toBe(voucher!.number);
    expect((await voucherLines(c.tenant, inv.voucherId)).map((l) => [l.code, l.debit, l.credit, l.partnerId, l.taxRate])).toEqual([
      ['1122', '22600.00', '0.00', customer, null],
      ['6001', '0.00', '20000.00', null, null],
      ['22210102', '0.00', '2600.00', null, '0.1300'],
    ]);
    const items = await api.get(`/finance/open-items?kind=receivable&partnerId=${customer}`);
    expect(items.body.items).toEqual([expect.objectContaining({ sourceType: 'finInvoice', sourceId: inv.id, sourceNumber: inv.number, amount: '22600.00', open: '22600.00', status: 'open', dueDate: '2026-04-24' })]);
    const chain = await inTenant({ tenantId: c.tenant.id }, () => tx().select().from(documentLinks).where(eq(documentLinks.fromId, inv.id)));
    expect(chain.map((l) => l.toType)).toContain('voucher');
  });

  it('a payable invoice, tax-inclusive with two rates and a department, posts Dr costs + 进项税额 / Cr 应付账款', async () => {
    const inv = await newInvoice(api, {
      kind: 'payable', partnerId: supplier, documentDate: '2026-03-15', dueDate: '2026-04-30',
      lines: [
        { description: '元件', accountId: acc['1405']!, quantity: '100', price: '113', taxRate: '0.13' },
        { description: '咨询费', accountId: acc['6602']!, quantity: '1', price: '1060', taxRate: '0.06', departmentId: c.departments.pur },
      ],
    });
    expect(inv).toMatchObject({ netAmount: '11000.00', taxAmount: '1360.00', grossAmount: '12360.00', dueDate: '2026-04-30' });
    expect(inv.number).toMatch(/^YF/);
    expect((await voucherLines(c.tenant, inv.voucherId)).map((l) => [l.code, l.debit, l.credit, l.departmentId, l.taxRate])).toEqual([
      ['2202', '0.00', '12360.00', null, null],
      ['1405', '10000.00', '0.00', null, null],
      ['6602', '1000.00', '0.00', c.departments.pur, null],
      ['22210101', '1300.00', '0.00', null, '0.1300'],
      ['22210101', '60.00', '0.00', null, '0.0600'],
    ]);
    const got = await api.get(`/finance/invoices/${inv.id}`);
    expect(got.body.lines).toHaveLength(2);
    const list = await api.get('/finance/invoices?kind=payable');
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([inv.id]);
  });

  it('refuses wrong partners, accounts and dates with nothing written', async () => {
    const before = await counts();
    const base = { kind: 'receivable', partnerId: customer, documentDate: '2026-03-20', lines: [{ description: 'x', accountId: acc['6001'], quantity: '1', price: '100' }] };
    const cases: [unknown, number, string][] = [
      [{ ...base, partnerId: supplier }, 400, 'partner.notCustomer'],
      [{ ...base, kind: 'payable' }, 400, 'partner.notSupplier'],
      [{ ...base, partnerId: '00000000-0000-7000-8000-000000000001' }, 404, 'partner.notFound'],
      [{ ...base, lines: [{ ...base.lines[0], accountId: acc['2221'] }] }, 400, 'finance.account.notPostable'],
      [{ ...base, lines: [{ ...base.lines[0], accountId: '00000000-0000-7000-8000-000000000002' }] }, 404, 'finance.arap.accountNotFound'],
      [{ ...base, dueDate: '2026-03-19' }, 400, 'finance.arap.dueBeforeDocument'],
      [{ ...base, lines: [{ ...base.lines[0], price: '0' }] }, 400, 'finance.arap.zeroAmount'],
      [{ ...base, documentDate: '2031-01-01' }, 409, 'finance.period.closed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await api.post('/finance/invoices', body);
      expect([res.status, res.body.error?.code]).toEqual([status, code]);
    }
    // 6602 管理费用 needs a department (辅助核算).
    const noDept = await api.post('/finance/invoices', { ...base, kind: 'payable', partnerId: supplier, lines: [{ ...base.lines[0], accountId: acc['6602'] }] });
    expect(noDept.status).toBe(400);
    expect((await api.post('/finance/invoices', { ...base, lines: [{ ...base.lines[0], taxRate: '0.17' }] })).status).toBe(400);
    expect(await counts()).toEqual(before);
    const reader = await apiAs(t, c.purchaser);
    expect((await reader.post('/finance/invoices', base)).status).toBe(403);
  });

  it('cancels an unsettled invoice: red-ink reversal, open item gone; a second cancel is refused', async () => {
    const revenueBefore = await balanceOf(c.tenant, '6051');
    const inv = await newInvoice(api, {
      kind: 'receivable', partnerId: customer, documentDate: '2026-03-25',
      lines: [{ description: '租金', accountId: acc['6051']!, quantity: '1', price: '1090', taxRate: '0.09' }],
    });
    expect(await balanceOf(c.tenant, '6051')).not.toBe(revenueBefore);
    const cancelled = await api.post(`/finance/invoices/${inv.id}/cancel`, { date: '2026-03-26' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', open: '0.00', openItemId: null });
    expect(await balanceOf(c.tenant, '6051')).toBe(revenueBefore);
    expect(await balanceOf(c.tenant, '22210102')).toBe('-2600.00');
    const again = await api.post(`/finance/invoices/${inv.id}/cancel`, {});
    expect([again.status, again.body.error?.code]).toEqual([409, 'finance.arap.invoiceCancelled']);
    expect((await api.get(`/finance/open-items?partnerId=${customer}&status=unsettled`)).body.items.map((i: { sourceId: string }) => i.sourceId)).not.toContain(inv.id);
  });

  it('hides another company’s invoices (404)', async () => {
    const other = await financeCompany('别家公司');
    const stranger = await apiAs(t, other.accountant);
    const list = await api.get('/finance/invoices');
    const id = list.body.items[0].id as string;
    expect((await stranger.get(`/finance/invoices/${id}`)).status).toBe(404);
    expect((await stranger.post(`/finance/invoices/${id}/cancel`, {})).status).toBe(404);
    expect((await stranger.get('/finance/invoices')).body.items).toEqual([]);
  });
});
