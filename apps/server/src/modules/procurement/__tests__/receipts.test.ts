import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { newId } from '../../../platform/db/index.ts';
import { documentLinks } from '../../../platform/links/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { createOrdersFromRequest, createPurchaseOrder, refreshRequestStatus } from '../index.ts';
import { requestApproved } from '../application/requests/request-approval.handlers.ts';
import { purchaseOrderLines, supplierBillLines, supplierBills } from '../infra/procurement.tables.ts';
import { apiAs, approveAll, balanceOf, captureEvents, deliver, procurementCompany, type Api, type ProcurementCompany } from './procurement-test-kit.ts';

// Goods receipts against confirmed orders (partial, within tolerance), their vouchers, returns to
// the supplier, and the purchase request's live status that follows them.

let t: TestContext;
let c: ProcurementCompany;
let keeper: Api;
let accountant: Api;
let events: EventEnvelope[];

const asBuyer = <T>(fn: () => Promise<T>) => inTenant({ tenantId: c.tenant.id, userId: c.buyer.id }, fn);

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  c = await procurementCompany();
  keeper = await apiAs(t, c.keeper);
  accountant = await apiAs(t, c.finHead);
});
afterAll(async () => { await t.close(); });

/** A confirmed order: 2 箱 of paper at 542.40 and 1,000 resistors at 1.13, both 13% VAT. */
async function confirmedOrder(status: 'draft' | 'confirmed' = 'confirmed') {
  const { orderId } = await asBuyer(() => createPurchaseOrder({
    supplierId: c.s1, warehouseId: c.warehouseId, status,
    lines: [{ itemId: c.paper, unitId: c.box, quantity: '2', price: '542.40' }, { itemId: c.resistor, quantity: '1000', price: '1.13' }],
  }));
  const order = (await keeper.get(`/procurement/orders/${orderId}`)).body;
  return { orderId, paperLine: order.lines[0].id as string, resistorLine: order.lines[1].id as string };
}

async function voucherLines(voucherId: string) {
  const res = await accountant.get(`/finance/vouchers/${voucherId}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.lines as Record<string, string | null>[]).map((l) => [l.accountCode, l.debit, l.credit, l.partnerId ?? null]);
}

const chainEdges = (fromId: string) => inTenant({ tenantId: c.tenant.id }, () => tx().select().from(documentLinks).where(eq(documentLinks.fromId, fromId)));

describe('receiving against an order', () => {
  it('refuses an order that is not confirmed, unknown or repeated lines, and callers without procurement.receive', async () => {
    const draft = await confirmedOrder('draft');
    const notConfirmed = await keeper.post('/procurement/receipts', { orderId: draft.orderId, lines: [{ orderLineId: draft.paperLine, quantity: '1' }] });
    expect(notConfirmed.status).toBe(409);
    expect(notConfirmed.body.error.code).toBe('procurement.receipt.orderNotReceivable');
    const open = await confirmedOrder();
    const unknown = await keeper.post('/procurement/receipts', { orderId: open.orderId, lines: [{ orderLineId: draft.paperLine, quantity: '1' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error).toMatchObject({ code: 'procurement.receipt.unknownOrderLine', details: { line: 1 } });
    const twice = await keeper.post('/procurement/receipts', { orderId: open.orderId, lines: [{ orderLineId: open.paperLine, quantity: '1' }, { orderLineId: open.paperLine, quantity: '1' }] });
    expect(twice.status).toBe(422);
    const zero = await keeper.post('/procurement/receipts', { orderId: open.orderId, lines: [{ orderLineId: open.paperLine, quantity: '0' }] });
    expect(zero.status).toBe(400);
    const buyer = await apiAs(t, c.buyer);
    expect((await buyer.post('/procurement/receipts', { orderId: open.orderId, lines: [{ orderLineId: open.paperLine, quantity: '1' }] })).status).toBe(403);
    expect((await keeper.get(`/procurement/receipts?orderId=${open.orderId}`)).body.items).toEqual([]);
    expect(await balanceOf(c.tenant, c.paper, c.warehouseId)).toMatchObject({ onHand: '0.0000' });
  });

  it('a partial receipt moves stock in at net cost, lowers incoming, posts Dr 1405 / Cr 2202 暂估 and links the chain', async () => {
    const o = await confirmedOrder();
    const before = await balanceOf(c.tenant, c.paper, c.warehouseId);
    const res = await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.paperLine, quantity: '1' }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.number).toMatch(/^RK/);
    expect(res.body).toMatchObject({ status: 'posted', netAmount: '480.00', supplierId: c.s1, receivedBy: c.keeper.id, receivedByName: '杨仓' });
    expect(res.body.lines).toMatchObject([{ quantity: '1.0000', baseQuantity: '24.0000', unitCost: '480.000000', net: '480.00', taxRate: '13.00' }]);
    const after = await balanceOf(c.tenant, c.paper, c.warehouseId);
    expect(Number(after.onHand) - Number(before.onHand)).toBe(24);
    expect(Number(after.value) - Number(before.value)).toBe(480);
    expect(Number(before.incoming) - Number(after.incoming)).toBe(24);
    const order = (await keeper.get(`/procurement/orders/${o.orderId}`)).body;
    expect(order).toMatchObject({ status: 'partlyReceived', receipts: [{ id: res.body.id, netAmount: '480.00' }] });
    expect(order.lines[0].receivedQty).toBe('1.0000');

    expect(await voucherLines(res.body.voucherId)).toEqual([['1405', '480.00', '0.00', null], ['2202', '0.00', '480.00', c.s1]]);
    expect(res.body.voucherNumber).toBeTruthy();
    expect((await chainEdges(o.orderId)).map((l) => [l.toId, l.relation])).toContainEqual([res.body.id, 'receives']);
    expect((await chainEdges(res.body.id)).map((l) => [l.toId, l.relation])).toEqual([[res.body.voucherId, 'posts']]);
    expect(events.filter((e) => e.type === 'procurement.receipt.posted' && (e.payload as { receiptId: string }).receiptId === res.body.id))
      .toMatchObject([{ payload: { orderId: o.orderId, orderNumber: order.number, warehouseId: c.warehouseId, requestIds: [], receivedBy: c.keeper.id } }]);
    const receivable = (await keeper.get(`/procurement/orders/${o.orderId}/receivable`)).body;
    expect(receivable.lines.map((l: Record<string, string>) => [l.remaining, l.maxReceivable])).toEqual([['1.0000', '1.0000'], ['1000.0000', '1000.0000']]);
  });

  it('refuses to receive beyond the tolerance with per-line details and writes nothing; within it the order completes', async () => {
    const o = await confirmedOrder();
    await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.paperLine, quantity: '1' }] });
    const stock = await balanceOf(c.tenant, c.paper, c.warehouseId);
    const over = await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.resistorLine, quantity: '10' }, { orderLineId: o.paperLine, quantity: '2' }] });
    expect(over.status).toBe(409);
    expect(over.body.error).toMatchObject({
      code: 'procurement.receipt.overReceipt',
      details: { tolerancePct: '0.00', lines: [{ line: 2, orderLineId: o.paperLine, quantity: '2', maxReceivable: '1.0000' }] },
    });
    expect(over.body.error.message).toBeTruthy();
    expect((await keeper.get(`/procurement/receipts?orderId=${o.orderId}`)).body.items).toHaveLength(1);
    expect(await balanceOf(c.tenant, c.paper, c.warehouseId)).toEqual(stock);

    // 5% over-delivery allowed: 1,050 of 1,000 resistors pass, one more does not.
    const admin = await apiAs(t, c.admin);
    expect((await keeper.put('/procurement/settings', { receiptTolerancePct: '5' })).status).toBe(403);
    expect((await admin.put('/procurement/settings', { receiptTolerancePct: '5' })).body).toMatchObject({ receiptTolerancePct: '5.00', priceTolerancePct: '1.00' });
    const resistorsBefore = await balanceOf(c.tenant, c.resistor, c.warehouseId);
    const within = await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.resistorLine, quantity: '1050' }] });
    expect(within.status, JSON.stringify(within.body)).toBe(201);
    // 电阻 are materials: 1403 原材料, at 1.00 net each.
    expect(await voucherLines(within.body.voucherId)).toEqual([['1403', '1050.00', '0.00', null], ['2202', '0.00', '1050.00', c.s1]]);
    const resistorsAfter = await balanceOf(c.tenant, c.resistor, c.warehouseId);
    expect(Number(resistorsAfter.onHand) - Number(resistorsBefore.onHand)).toBe(1050);
    // Incoming falls by what was ordered, not by the over-delivery.
    expect(Number(resistorsBefore.incoming) - Number(resistorsAfter.incoming)).toBe(1000);
    const more = await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.resistorLine, quantity: '1' }] });
    expect(more.status).toBe(409);
    expect(more.body.error.details.lines[0].maxReceivable).toBe('0.0000');
    await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.paperLine, quantity: '1' }] });
    expect((await keeper.get(`/procurement/orders/${o.orderId}`)).body.status).toBe('received');
    const closed = await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.paperLine, quantity: '0.01' }] });
    expect(closed.body.error.code).toBe('procurement.receipt.orderNotReceivable');
    await admin.put('/procurement/settings', { receiptTolerancePct: '0' });
  });
  it('concurrent receipts of the whole open quantity: exactly one is accepted', async () => {
    const o = await confirmedOrder();
    const stock = await balanceOf(c.tenant, c.resistor, c.warehouseId);
    const replies = await Promise.all(Array.from({ length: 6 }, () =>
      keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.resistorLine, quantity: '1000' }] })));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    expect(replies.filter((r) => r.status === 409).every((r) => r.body.error.code === 'procurement.receipt.overReceipt')).toBe(true);
    expect(Number((await balanceOf(c.tenant, c.resistor, c.warehouseId)).onHand) - Number(stock.onHand)).toBe(1000);
    expect((await keeper.get(`/procurement/orders/${o.orderId}`)).body.lines[1].receivedQty).toBe('1000.0000');
  });

  it('free goods (price 0) move into stock without a voucher', async () => {
    const { orderId } = await asBuyer(() => createPurchaseOrder({
      supplierId: c.s1, warehouseId: c.warehouseId, status: 'confirmed', lines: [{ itemId: c.paper, quantity: '5', price: '0' }],
    }));
    const line = (await keeper.get(`/procurement/orders/${orderId}`)).body.lines[0].id;
    const res = await keeper.post('/procurement/receipts', { orderId, lines: [{ orderLineId: line, quantity: '5' }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ netAmount: '0.00', voucherId: null, voucherNumber: null });
  });

  it('refuses a receipt dated in a period that is not open, writing nothing', async () => {
    const o = await confirmedOrder();
    const stock = await balanceOf(c.tenant, c.paper, c.warehouseId);
    const res = await keeper.post('/procurement/receipts', { orderId: o.orderId, receiptDate: '2020-01-15', lines: [{ orderLineId: o.paperLine, quantity: '1' }] });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toMatch(/^finance\./);
    expect(await balanceOf(c.tenant, c.paper, c.warehouseId)).toEqual(stock);
    expect((await keeper.get(`/procurement/receipts?orderId=${o.orderId}`)).body.items).toEqual([]);
    expect((await keeper.get(`/procurement/orders/${o.orderId}`)).body).toMatchObject({ status: 'confirmed', lines: [{ receivedQty: '0.0000' }, { receivedQty: '0.0000' }] });
  });
});

describe('returns to the supplier', () => {
  it('sends goods back at the receipt cost, reverses the 暂估, and never returns more than was received', async () => {
    const o = await confirmedOrder();
    const receipt = (await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.resistorLine, quantity: '1000' }] })).body;
    const stock = await balanceOf(c.tenant, c.resistor, c.warehouseId);
    const line = receipt.lines[0].id;
    const res = await keeper.post('/procurement/returns', { receiptId: receipt.id, reason: '来料不良', lines: [{ receiptLineId: line, quantity: '50' }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.number).toMatch(/^TH/);
    expect(res.body).toMatchObject({ receiptId: receipt.id, receiptNumber: receipt.number, netAmount: '50.00', lines: [{ quantity: '50.0000', net: '50.00' }] });
    expect(await voucherLines(res.body.voucherId)).toEqual([['2202', '50.00', '0.00', c.s1], ['1403', '0.00', '50.00', null]]);
    const after = await balanceOf(c.tenant, c.resistor, c.warehouseId);
    expect(Number(stock.onHand) - Number(after.onHand)).toBe(50);
    expect(Number(stock.value) - Number(after.value)).toBe(50);
    const viewed = (await keeper.get(`/procurement/receipts/${receipt.id}`)).body;
    expect(viewed.lines[0].returnedQty).toBe('50.0000');
    expect(viewed.returns).toMatchObject([{ id: res.body.id, netAmount: '50.00' }]);
    const order = (await keeper.get(`/procurement/orders/${o.orderId}`)).body;
    expect(order.lines[1]).toMatchObject({ receivedQty: '1000.0000', returnedQty: '50.0000' });
    expect((await chainEdges(receipt.id)).map((l) => [l.toId, l.relation])).toContainEqual([res.body.id, 'returns']);
    expect(events.some((e) => e.type === 'procurement.return.posted' && (e.payload as { returnId: string }).returnId === res.body.id)).toBe(true);

    const tooMany = await keeper.post('/procurement/returns', { receiptId: receipt.id, reason: '再退', lines: [{ receiptLineId: line, quantity: '951' }] });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error).toMatchObject({ code: 'procurement.return.overReturn', details: { lines: [{ line: 1, returnable: '950.0000' }] } });
    const foreign = await keeper.post('/procurement/returns', { receiptId: receipt.id, reason: '再退', lines: [{ receiptLineId: o.resistorLine, quantity: '1' }] });
    expect(foreign.status).toBe(422);
    expect((await keeper.get(`/procurement/returns?receiptId=${receipt.id}`)).body.items).toHaveLength(1);
    expect(await balanceOf(c.tenant, c.resistor, c.warehouseId)).toEqual(after);
    // What was returned may be delivered again (a replacement) within the order.
    const replacement = await keeper.post('/procurement/receipts', { orderId: o.orderId, lines: [{ orderLineId: o.resistorLine, quantity: '50' }] });
    expect(replacement.status, JSON.stringify(replacement.body)).toBe(201);
  });
});

describe('the request’s live status', () => {
  it('approved → ordered → partly received → received → billed → paid, and a return takes it back', async () => {
    const employee = await apiAs(t, c.employee);
    const created = await employee.post('/procurement/requests', { purpose: '会议室打印用纸', lines: [{ itemId: c.paper, unitId: c.box, quantity: '2' }] });
    const submitted = await employee.post(`/procurement/requests/${created.body.id}/submit`);
    await approveAll(t, c, c.employee, submitted.body.approval.instanceId);
    await deliver(events, 'approval.instance.approved', created.body.id, requestApproved);
    const status = async () => (await employee.get(`/procurement/requests/${created.body.id}`)).body.status;
    expect(await status()).toBe('approved');
    const { orderIds: [orderId] } = await asBuyer(() => createOrdersFromRequest(created.body.id));
    expect(await status()).toBe('ordered');
    const order = (await keeper.get(`/procurement/orders/${orderId}`)).body;
    const first = (await keeper.post('/procurement/receipts', { orderId, lines: [{ orderLineId: order.lines[0].id, quantity: '1' }] })).body;
    expect(await status()).toBe('partlyReceived');
    expect(events.find((e) => e.type === 'procurement.receipt.posted' && (e.payload as { receiptId: string }).receiptId === first.id)?.payload)
      .toMatchObject({ requestIds: [created.body.id] });
    await keeper.post('/procurement/receipts', { orderId, lines: [{ orderLineId: order.lines[0].id, quantity: '1' }] });
    expect(await status()).toBe('received');
    const lines = (await employee.get(`/procurement/requests/${created.body.id}`)).body.lines;
    expect(lines[0]).toMatchObject({ orderedQty: '2.0000', receivedQty: '2.0000', billedQty: '0.0000' });

    // A supplier bill for everything received (written as the bills area would).
    const billId = newId();
    await inTenant({ tenantId: c.tenant.id }, async () => {
      await tx().insert(supplierBills).values({ id: billId, tenantId: c.tenant.id, number: `PB-${billId.slice(0, 8)}`, supplierId: c.s1, billDate: '2026-11-28', netAmount: '960.00', taxAmount: '124.80', grossAmount: '1084.80' });
      await tx().insert(supplierBillLines).values({
        id: newId(), tenantId: c.tenant.id, billId, receiptLineId: first.lines[0].id, orderLineId: order.lines[0].id, itemId: c.paper,
        quantity: '2', price: '542.40', taxRate: '13', net: '960.00', tax: '124.80', gross: '1084.80', receivedNet: '960.00',
      });
      await tx().update(purchaseOrderLines).set({ billedQty: '2' }).where(eq(purchaseOrderLines.id, order.lines[0].id));
    });
    const refresh = () => asBuyer(() => refreshRequestStatus(created.body.id));
    expect(await refresh()).toBe('billed');
    await inTenant({ tenantId: c.tenant.id }, () => tx().update(supplierBills).set({ status: 'paid', paidAmount: '1084.80' }).where(and(eq(supplierBills.id, billId))));
    expect(await refresh()).toBe('paid');
    expect(await status()).toBe('paid');
    expect((await employee.get(`/procurement/requests/${created.body.id}`)).body.steps.every((s: { done: boolean }) => s.done)).toBe(true);

    await keeper.post('/procurement/returns', { receiptId: first.id, reason: '受潮', lines: [{ receiptLineId: first.lines[0].id, quantity: '1' }] });
    expect(await status()).toBe('partlyReceived');
    expect((await keeper.get(`/procurement/orders/${orderId}`)).body.status).toBe('partlyReceived');
  });
});
