// Loop 1 end to end through the HTTP API, with the real outbox delivering every event: an
// employee's purchase request, two approvals, purchase orders from the price lists, partial and
// full receipts, the requester told in OA, supplier bills matched three ways, payment requests
// approved and paid by the cashier — the request ends 已付款 and its chain holds every document.
import Decimal from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../apps/server/src/testing/test-app.ts';
import { apiAs, approve, expectStatus, supplyCompany, supplyMasters, waitFor, type Api, type Reply, type SupplyCompany, type SupplyMasters } from './procure-to-pay-kit.ts';

let t: TestContext;
let c: SupplyCompany;
let m: SupplyMasters;
let engineer: Api;
let keeper: Api;
let accountant: Api;
let cashier: Api;
let auditor: Api;

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const period = Number(today.slice(0, 4)) * 100 + Number(today.slice(5, 7));

/** Shared between the steps, which run in order. */
const loop = {
  requestId: '', approvalId: '', orderIds: { s1: '', s2: '' }, receiptIds: [] as string[], billIds: { s1: '', s2: '' }, paymentIds: [] as string[],
};

beforeAll(async () => {
  t = await createTestApp();
  c = await supplyCompany();
  m = await supplyMasters(await apiAs(t, c.buyer));
  engineer = await apiAs(t, c.engineer);
  keeper = await apiAs(t, c.keeper);
  accountant = await apiAs(t, c.accountant);
  cashier = await apiAs(t, c.cashier);
  auditor = await apiAs(t, c.auditor);
});
afterAll(async () => { await t.close(); });

const requestOf = async (id: string) => expectStatus(await engineer.get(`/procurement/requests/${id}`), 200, 'request').body;
const statusBecomes = (status: string) => waitFor(`request ${status}`, async () => {
  const r = await requestOf(loop.requestId);
  return r.status === status ? r : undefined;
});

async function receive(orderId: string, quantities: Record<string, string>): Promise<Reply> {
  const receivable = expectStatus(await keeper.get(`/procurement/orders/${orderId}/receivable`), 200, 'receivable').body;
  const lines = receivable.lines.flatMap((l: { orderLineId: string; itemId: string }) => (quantities[l.itemId] ? [{ orderLineId: l.orderLineId, quantity: quantities[l.itemId] }] : []));
  return keeper.post('/procurement/receipts', { orderId, lines });
}

async function voucherLines(voucherId: string): Promise<[string, string, string][]> {
  const v = expectStatus(await auditor.get(`/finance/vouchers/${voucherId}`), 200, 'voucher').body;
  return v.lines.map((l: { accountCode: string; debit: string; credit: string }) => [l.accountCode, l.debit, l.credit]);
}

async function trialBalance(code: string): Promise<Decimal> {
  const tb = expectStatus(await accountant.get(`/finance/reports/trial-balance?from=${period}&to=${period}`), 200, 'trial balance').body;
  const row = tb.rows.find((r: { code: string }) => r.code === code);
  return row ? new Decimal(row.closingDebit).minus(row.closingCredit) : new Decimal(0);
}

describe('procure to pay, the whole loop', () => {
  it('an employee’s request, approved by the department head and finance, becomes confirmed orders per supplier', async () => {
    const created = expectStatus(await engineer.post('/procurement/requests', {
      purpose: '新产品样机试制', neededBy: today, warehouseId: m.warehouse,
      lines: [
        { itemId: m.items.resistor, unitId: m.units.box, quantity: '10' },
        { itemId: m.items.screw, quantity: '1000' },
      ],
    }), 201, 'create request').body;
    loop.requestId = created.id;
    const submitted = expectStatus(await engineer.post(`/procurement/requests/${created.id}/submit`), 200, 'submit').body;
    expect(submitted.status).toBe('pendingApproval');
    const instanceId = submitted.approval.instanceId as string;
    loop.approvalId = instanceId;
    await approve(t, c.rdHead, instanceId);
    await approve(t, c.finHead, instanceId);

    const ordered = await statusBecomes('ordered');
    expect(ordered.orders).toHaveLength(2);
    const bySupplier = new Map(ordered.orders.map((o: { supplierId: string; id: string }) => [o.supplierId, o]));
    // 电阻 goes to its default supplier, 螺丝 to the cheapest price list (S02 0.226 < S03 0.25).
    expect(bySupplier.get(m.suppliers.s1)).toMatchObject({ status: 'confirmed', grossAmount: '120.00' });
    expect(bySupplier.get(m.suppliers.s2)).toMatchObject({ status: 'confirmed', grossAmount: '226.00' });
    expect(bySupplier.has(m.suppliers.s3)).toBe(false);
    loop.orderIds = { s1: (bySupplier.get(m.suppliers.s1) as { id: string }).id, s2: (bySupplier.get(m.suppliers.s2) as { id: string }).id };
    // Raised by the approval, whose handler acts as the last approver: no buyer yet.
    for (const id of Object.values(loop.orderIds)) {
      expect(expectStatus(await keeper.get(`/procurement/orders/${id}`), 200, 'order').body).toMatchObject({ buyerId: null, buyerName: null });
    }

    // Incoming raised in base units: 10 箱 × 24 = 240 个, and 1000 个.
    const stock = expectStatus(await keeper.get(`/inventory/stock?warehouseId=${m.warehouse}`), 200, 'stock').body;
    const incoming = (itemId: string) => stock.items.find((s: { itemId: string }) => s.itemId === itemId)?.incoming;
    expect(new Decimal(incoming(m.items.resistor)).toFixed()).toBe('240');
    expect(new Decimal(incoming(m.items.screw)).toFixed()).toBe('1000');
  });

  it('a partial receipt moves stock, posts Dr 1403 / Cr 2202 and tells the requester and their department head', async () => {
    const first = expectStatus(await receive(loop.orderIds.s1, { [m.items.resistor]: '4' }), 201, 'partial receipt').body;
    loop.receiptIds.push(first.id);
    expect(first.voucherId).toBeTruthy();
    const lines = await voucherLines(first.voucherId);
    expect(lines.map((l) => l[0]).sort()).toEqual(['1403', '2202']);
    expect(lines.find((l) => l[0] === '1403')?.[1]).toBe(first.netAmount);
    expect(lines.find((l) => l[0] === '2202')?.[2]).toBe(first.netAmount);
    await statusBecomes('partlyReceived');

    for (const user of [c.engineer, c.rdHead]) {
      const api = await apiAs(t, user);
      const notice = await waitFor(`arrival notice to ${user.username}`, async () => {
        const list = expectStatus(await api.get('/notifications'), 200, 'notifications').body;
        return list.items.find((n: { title: string }) => n.title === '您申请的物料已到货');
      });
      expect(notice).toMatchObject({ link: `/procurement/requests/${loop.requestId}`, category: 'procurement' });
    }
  });

  it('refuses a receipt beyond the order (tolerance 0) and writes nothing', async () => {
    const before = expectStatus(await keeper.get(`/procurement/receipts?orderId=${loop.orderIds.s1}`), 200, 'receipts').body.items.length;
    const over = await receive(loop.orderIds.s1, { [m.items.resistor]: '7' });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('procurement.receipt.overReceipt');
    expect(expectStatus(await keeper.get(`/procurement/receipts?orderId=${loop.orderIds.s1}`), 200, 'receipts').body.items).toHaveLength(before);
  });

  it('the rest received: the request is 已收货', async () => {
    loop.receiptIds.push(expectStatus(await receive(loop.orderIds.s1, { [m.items.resistor]: '6' }), 201, 'rest of S01').body.id);
    loop.receiptIds.push(expectStatus(await receive(loop.orderIds.s2, { [m.items.screw]: '1000' }), 201, 'S02').body.id);
    await statusBecomes('received');
  });

  it('a bill outside the price tolerance is refused with the per-line match, and nothing is written', async () => {
    const billable = expectStatus(await accountant.get(`/procurement/bills/billable?supplierId=${m.suppliers.s1}`), 200, 'billable').body.items;
    expect(billable.map((l: { billableQty: string }) => l.billableQty).sort()).toEqual(['4', '6']);
    const tooDear = { supplierId: m.suppliers.s1, invoiceNo: '44031234', billDate: today, lines: billable.map((l: { receiptLineId: string; billableQty: string }) => ({ receiptLineId: l.receiptLineId, quantity: l.billableQty, price: '12.5' })) };
    const preview = expectStatus(await accountant.post('/procurement/bills/match', tooDear), 200, 'preview').body;
    expect(preview.ok).toBe(false);
    expect(preview.lines.every((l: { problems: string[] }) => l.problems.includes('priceOutOfTolerance'))).toBe(true);

    const refused = await accountant.post('/procurement/bills', tooDear);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('procurement.bill.mismatch');
    expect(refused.body.error.details.lines[0]).toMatchObject({ line: 1, orderPrice: '12', problems: ['priceOutOfTolerance'] });

    const overBilled = await accountant.post('/procurement/bills', { ...tooDear, lines: [{ receiptLineId: billable[0].receiptLineId, quantity: '7', price: '12' }] });
    expect(overBilled.status).toBe(409);
    expect(overBilled.body.error.details.lines[0].problems).toEqual(['overBilled']);

    expect(expectStatus(await accountant.get('/procurement/bills'), 200, 'bills').body.items).toEqual([]);
    const after = expectStatus(await accountant.get(`/procurement/bills/billable?supplierId=${m.suppliers.s1}`), 200, 'billable').body.items;
    expect(after.map((l: { billedQty: string }) => new Decimal(l.billedQty).toFixed())).toEqual(['0', '0']);
  });

  it('matched bills clear 暂估, book 进项税额 and the price variance, and raise payment requests', async () => {
    const s1Lines = expectStatus(await accountant.get(`/procurement/bills/billable?supplierId=${m.suppliers.s1}`), 200, 'billable').body.items;
    const receivedNet = s1Lines.reduce((s: Decimal, l: { billableQty: string; unitCost: string }) => s.plus(new Decimal(l.billableQty).times(l.unitCost).toDecimalPlaces(2)), new Decimal(0));
    // 0.5% above the order price: within the 1% tolerance; the total differs by 0.60 (≤ 1.00).
    const bill = expectStatus(await accountant.post('/procurement/bills', {
      supplierId: m.suppliers.s1, invoiceNo: '44031235', billDate: today,
      lines: s1Lines.map((l: { receiptLineId: string; billableQty: string }) => ({ receiptLineId: l.receiptLineId, quantity: l.billableQty, price: '12.06' })),
    }), 201, 'bill S01').body;
    loop.billIds.s1 = bill.id;
    expect(bill).toMatchObject({ status: 'posted', grossAmount: '120.60', netAmount: '106.73', taxAmount: '13.87', paidAmount: '0.00' });
    const lines = await voucherLines(bill.voucherId);
    const variance = new Decimal('106.73').minus(receivedNet);
    expect(lines).toEqual(expect.arrayContaining([
      ['2202', receivedNet.toFixed(2), '0.00'],
      ['22210101', '13.87', '0.00'],
      ['6401', variance.toFixed(2), '0.00'],
      ['2202', '0.00', '120.60'],
    ]));

    const s2Lines = expectStatus(await accountant.get(`/procurement/bills/billable?supplierId=${m.suppliers.s2}`), 200, 'billable').body.items;
    const bill2 = expectStatus(await accountant.post('/procurement/bills', {
      supplierId: m.suppliers.s2, billDate: today, lines: s2Lines.map((l: { receiptLineId: string; billableQty: string }) => ({ receiptLineId: l.receiptLineId, quantity: l.billableQty, price: '0.226' })),
    }), 201, 'bill S02').body;
    loop.billIds.s2 = bill2.id;
    expect(bill2.grossAmount).toBe('226.00');
    await statusBecomes('billed');

    // Everything received is billed: 暂估 in 2202 is cleared, only the payables (gross) remain.
    expect((await trialBalance('2202')).toFixed(2)).toBe('-346.60');
    expect(expectStatus(await accountant.get(`/procurement/bills/billable?supplierId=${m.suppliers.s1}`), 200, 'billable').body.items).toEqual([]);
  });

  it('finance approves the payment requests, the cashier pays, and the request ends 已付款', async () => {
    const bank = expectStatus(await accountant.post('/finance/cash-accounts', { name: '工商银行基本户', kind: 'bank' }), 201, 'bank').body;
    for (const billId of [loop.billIds.s1, loop.billIds.s2]) {
      const bill = await waitFor('payment request of the bill', async () => {
        const b = expectStatus(await accountant.get(`/procurement/bills/${billId}`), 200, 'bill').body;
        return b.paymentId ? b : undefined;
      });
      const payment = expectStatus(await accountant.get(`/finance/payments/${bill.paymentId}`), 200, 'payment').body;
      expect(payment).toMatchObject({ status: 'pendingApproval', amount: bill.grossAmount, sourceType: 'supplierBill', sourceId: billId, partnerId: bill.supplierId });
      await approve(t, c.finHead, payment.approval.instanceId);
      await waitFor('payment approved', async () => {
        const p = expectStatus(await cashier.get(`/finance/payments/${bill.paymentId}`), 200, 'payment').body;
        return p.status === 'approved' ? p : undefined;
      });
      const paid = expectStatus(await cashier.post(`/finance/payments/${bill.paymentId}/execute`, { cashAccountId: bank.id }), 200, 'execute').body;
      expect(await voucherLines(paid.voucherId)).toEqual(expect.arrayContaining([['2202', bill.grossAmount, '0.00']]));
      loop.paymentIds.push(bill.paymentId);
      await waitFor('bill paid', async () => {
        const b = expectStatus(await accountant.get(`/procurement/bills/${billId}`), 200, 'bill').body;
        return b.status === 'paid' && b.paidAmount === bill.grossAmount ? b : undefined;
      });
    }
    const paid = await statusBecomes('paid');
    expect(paid.lines.map((l: { billedQty: string }) => new Decimal(l.billedQty).toFixed()).sort()).toEqual(['10', '1000']);
    expect((await trialBalance('2202')).toFixed(2)).toBe('0.00');
    expect((await trialBalance('1002')).toFixed(2)).toBe('-346.60');
  });

  it('the request’s chain shows approval, orders, receipts, vouchers, bills and payments', async () => {
    const chain = expectStatus(await auditor.get(`/links/purchaseRequest/${loop.requestId}`), 200, 'chain').body;
    const ids = (type: string) => chain.nodes.filter((n: { type: string }) => n.type === type).map((n: { id: string }) => n.id).sort();
    // The request's approval, and those of the two payment requests.
    expect(ids('APR')).toContain(loop.approvalId);
    expect(ids('APR')).toHaveLength(3);
    expect(ids('purchaseOrder')).toEqual([loop.orderIds.s1, loop.orderIds.s2].sort());
    expect(ids('purchaseReceipt')).toEqual([...loop.receiptIds].sort());
    expect(ids('supplierBill')).toEqual([loop.billIds.s1, loop.billIds.s2].sort());
    expect(ids('finPayment')).toEqual([...loop.paymentIds].sort());
    // A voucher for each receipt, each bill and each payment.
    expect(ids('voucher')).toHaveLength(3 + 2 + 2);
  });
});

describe('bad input: a clear error and nothing written', () => {
  const requestCount = async () => expectStatus(await engineer.get('/procurement/requests?scope=mine&limit=200'), 200, 'requests').body.items.length;
  const line = (extra: Record<string, unknown>) => ({ purpose: '坏数据', lines: [{ itemId: m.items.screw, quantity: '1', ...extra }] });

  it('unknown item, unit not of the item, zero and negative quantities', async () => {
    const before = await requestCount();
    const unknownItem = await engineer.post('/procurement/requests', line({ itemId: '0190d6f2-8a51-7c0e-9a43-2b1f0c3d4e5f' }));
    expect([unknownItem.status, unknownItem.body.error?.code]).toEqual([422, 'catalog.item.notFound']);
    expect(unknownItem.body.error.details).toMatchObject({ line: 1 });
    expect(unknownItem.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
    const wrongUnit = await engineer.post('/procurement/requests', line({ unitId: m.units.kg }));
    expect([wrongUnit.status, wrongUnit.body.error?.code]).toEqual([422, 'catalog.unit.notForItem']);
    for (const quantity of ['0', '-5', '0.0000']) {
      const bad = await engineer.post('/procurement/requests', line({ quantity }));
      expect([quantity, Math.floor(bad.status / 100)]).toEqual([quantity, 4]);
      expect(bad.body.error?.code).toBeTruthy();
    }
    expect(await requestCount()).toBe(before);
  });

  it('a price list entry for an unknown item or a supplier that is not one is refused', async () => {
    const buyer = await apiAs(t, c.buyer, 'en-US');
    const noItem = await buyer.post('/procurement/supplier-prices', { supplierId: m.suppliers.s1, itemId: '0190d6f2-8a51-7c0e-9a43-2b1f0c3d4e5f', price: '1' });
    expect([noItem.status, noItem.body.error?.code]).toEqual([422, 'catalog.item.notFound']);
    const badDates = await buyer.post('/procurement/supplier-prices', { supplierId: m.suppliers.s1, itemId: m.items.screw, price: '1', validFrom: '2026-05-01', validTo: '2026-04-01' });
    expect([badDates.status, badDates.body.error?.code]).toEqual([400, 'procurement.supplierPrice.badDates']);
    const list = expectStatus(await buyer.get(`/procurement/supplier-prices?itemId=${m.items.screw}`), 200, 'prices').body.items;
    expect(list).toHaveLength(2);
  });

  it('a bill for goods of another supplier, or for a receipt line that does not exist, is a mismatch', async () => {
    const [s2Line] = expectStatus(await accountant.get(`/procurement/receipts?orderId=${loop.orderIds.s2}`), 200, 'receipts').body.items;
    const receipt = expectStatus(await accountant.get(`/procurement/receipts/${s2Line.id}`), 200, 'receipt').body;
    const wrong = await accountant.post('/procurement/bills', {
      supplierId: m.suppliers.s1, billDate: today,
      lines: [{ receiptLineId: receipt.lines[0].id, quantity: '1', price: '0.226' }, { receiptLineId: '0190d6f2-8a51-7c0e-9a43-2b1f0c3d4e5f', quantity: '1', price: '1' }],
    });
    expect([wrong.status, wrong.body.error?.code]).toEqual([409, 'procurement.bill.mismatch']);
    expect(wrong.body.error.details.lines.map((l: { problems: string[] }) => l.problems[0])).toEqual(['otherSupplier', 'receiptLineNotFound']);
    expect(expectStatus(await accountant.get('/procurement/bills'), 200, 'bills').body.items).toHaveLength(2);
  });
});
