import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { orderApproved, orderRejected } from '../application/orders/order-approval.handlers.ts';
import { apiAs, approveAll, balanceOf, captureEvents, deliver, procurementCompany, type Api, type ProcurementCompany } from './procurement-test-kit.ts';

// Manual purchase orders: drafted by a buyer, approved by amount tier through the `purchaseOrder`
// approval (采购部 head; ≥ 10,000 also 财务负责人; ≥ 100,000 also 总经理), then confirmed.

let t: TestContext;
let c: ProcurementCompany;
let buyer: Api;
let events: EventEnvelope[];

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  c = await procurementCompany();
  buyer = await apiAs(t, c.buyer);
});
afterAll(async () => { await t.close(); });

/** An order for `quantity` boxes of paper at a tax-inclusive 500 yuan per box. */
const order = (quantity: string, extra: Record<string, unknown> = {}) => ({
  supplierId: c.s1, warehouseId: c.warehouseId, expectedDate: '2026-12-20',
  lines: [{ itemId: c.paper, unitId: c.box, quantity, price: '500' }], ...extra,
});

describe('purchase order drafts', () => {
  it('prices lines tax-inclusive with the ledger’s rounding, and can be changed while a draft', async () => {
    const res = await buyer.post('/procurement/orders', {
      supplierId: c.s2, warehouseId: c.warehouseId,
      lines: [{ itemId: c.resistor, quantity: '3', price: '0.35' }, { itemId: c.consulting, quantity: '1', price: '1000', taxRate: '6' }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', buyerId: c.buyer.id, supplierName: '东莞电子元件厂', warehouseName: '主仓库' });
    // 1.05 gross at 13% → net 0.93 tax 0.12; 1000 at 6% → net 943.40 tax 56.60.
    expect(res.body.lines.map((l: Record<string, string>) => [l.net, l.tax, l.gross, l.taxRate])).toEqual([['0.93', '0.12', '1.05', '13.00'], ['943.40', '56.60', '1000.00', '6.00']]);
    expect(res.body).toMatchObject({ netAmount: '944.33', taxAmount: '56.72', grossAmount: '1001.05' });
    const changed = await buyer.put(`/procurement/orders/${res.body.id}`, order('1'));
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ supplierId: c.s1, grossAmount: '500.00', lines: [{ unitName: '箱', unitFactor: '24.000000' }] });
  });

  it('refuses unknown items, a partner that is no supplier and bad quantities, writing nothing', async () => {
    const before = (await buyer.get('/procurement/orders?limit=200')).body.items.length;
    const unknown = await buyer.post('/procurement/orders', { ...order('1'), lines: [{ itemId: '00000000-0000-4000-8000-000000000002', quantity: '1', price: '1' }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe('catalog.item.notFound');
    expect((await buyer.post('/procurement/orders', order('0'))).status).toBe(400);
    expect((await buyer.post('/procurement/orders', order('-1'))).status).toBe(400);
    const employee = await apiAs(t, c.employee);
    expect((await employee.post('/procurement/orders', order('1'))).status).toBe(403);
    expect((await buyer.get('/procurement/orders?limit=200')).body.items.length).toBe(before);
  });
});

describe('purchase order approval by amount tier', () => {
  async function approvers(quantity: string): Promise<string[][]> {
    const created = await buyer.post('/procurement/orders', order(quantity));
    const submitted = await buyer.post(`/procurement/orders/${created.body.id}/submit`);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'pendingApproval', approval: { status: 'running' } });
    const steps = await approveAll(t, c, c.buyer, submitted.body.approval.instanceId);
    await deliver(events, 'approval.instance.approved', created.body.id, orderApproved);
    const confirmed = await buyer.get(`/procurement/orders/${created.body.id}`);
    expect(confirmed.body.status).toBe('confirmed');
    expect(confirmed.body.confirmedAt).not.toBeNull();
    return steps;
  }

  it('5,000: the 采购部 head alone', async () => {
    expect(await approvers('10')).toEqual([[c.purHead.id]]);
  });
  it('20,000: the 采购部 head, then the 财务负责人', async () => {
    expect(await approvers('40')).toEqual([[c.purHead.id], [c.finHead.id]]);
  });
  it('150,000: the 采购部 head, the 财务负责人, then the 总经理', async () => {
    expect(await approvers('300')).toEqual([[c.purHead.id], [c.finHead.id], [c.gm.id]]);
  });

  it('confirming raises incoming and emits procurement.order.confirmed; a confirmed order is not editable; cancel gives incoming back', async () => {
    const before = Number((await balanceOf(c.tenant, c.paper, c.warehouseId)).incoming);
    const created = await buyer.post('/procurement/orders', order('2'));
    const submitted = await buyer.post(`/procurement/orders/${created.body.id}/submit`);
    await approveAll(t, c, c.buyer, submitted.body.approval.instanceId);
    await deliver(events, 'approval.instance.approved', created.body.id, orderApproved);
    // A redelivered approval changes nothing.
    await deliver(events, 'approval.instance.approved', created.body.id, orderApproved);
    expect(Number((await balanceOf(c.tenant, c.paper, c.warehouseId)).incoming)).toBe(before + 48);
    expect(events.filter((e) => e.type === 'procurement.order.confirmed' && (e.payload as { orderId: string }).orderId === created.body.id))
      .toMatchObject([{ payload: { supplierId: c.s1, requestId: null, grossAmount: '1000.00' } }]);
    const edit = await buyer.put(`/procurement/orders/${created.body.id}`, order('3'));
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('procurement.order.badStatus');
    const cancelled = await buyer.post(`/procurement/orders/${created.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    expect(Number((await balanceOf(c.tenant, c.paper, c.warehouseId)).incoming)).toBe(before);
  });

  it('a rejected order goes back to the buyer, who may change and resubmit it', async () => {
    const created = await buyer.post('/procurement/orders', order('1'));
    const submitted = await buyer.post(`/procurement/orders/${created.body.id}/submit`);
    expect((await buyer.post(`/procurement/orders/${created.body.id}/submit`)).status).toBe(409);
    const head = await apiAs(t, c.purHead);
    const task = (await head.get(`/approval/instances/${submitted.body.approval.instanceId}`)).body.myTask;
    await head.post(`/approval/instances/${submitted.body.approval.instanceId}/actions`, { action: 'reject', taskId: task.id, comment: '价格偏高' });
    await deliver(events, 'approval.instance.rejected', created.body.id, orderRejected);
    expect((await buyer.get(`/procurement/orders/${created.body.id}`)).body.status).toBe('rejected');
    const changed = await buyer.put(`/procurement/orders/${created.body.id}`, { ...order('1'), lines: [{ itemId: c.paper, unitId: c.box, quantity: '1', price: '480' }] });
    expect(changed.body).toMatchObject({ status: 'rejected', grossAmount: '480.00' });
    expect((await buyer.post(`/procurement/orders/${created.body.id}/submit`)).body.status).toBe('pendingApproval');
  });

  it('the purchaseOrder approval type is started only from an order', async () => {
    // Designers see it; nobody can start it bare.
    const types = await (await apiAs(t, c.admin)).get('/approval/request-types');
    const type = types.body.items.find((i: { code: string }) => i.code === 'purchaseOrder');
    expect(type?.category).toBe('document');
    expect((await buyer.get('/approval/request-types')).body.items.map((i: { code: string }) => i.code)).not.toContain('purchaseOrder');
    const bare = await buyer.post('/approval/instances', { requestTypeId: type.id, form: { supplier: '某公司', amount: '100.00', summary: '测试' } });
    expect(bare.status).toBe(409);
    expect(bare.body.error.code).toBe('approval.requestType.documentOnly');
  });
});
