import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { EventEnvelope } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { documentLinks } from '../../../platform/links/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { createOrdersFromRequest } from '../index.ts';
import { orderApproved } from '../application/orders/order-approval.handlers.ts';
import { requestApproved, requestRejected } from '../application/requests/request-approval.handlers.ts';
import { apiAs, approveAll, balanceOf, captureEvents, deliver, procurementCompany, type Api, type ProcurementCompany } from './procurement-test-kit.ts';

// 采购申请: drafted by any employee, approved in OA through the bound 采购申请 type, then turned
// into confirmed purchase orders grouped by supplier.

let t: TestContext;
let c: ProcurementCompany;
let employee: Api;
let buyer: Api;
let events: EventEnvelope[];

const asEmployee = <T>(fn: () => Promise<T>) => inTenant({ tenantId: c.tenant.id, userId: c.employee.id }, fn);

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  c = await procurementCompany();
  employee = await apiAs(t, c.employee);
  buyer = await apiAs(t, c.buyer);
});
afterAll(async () => { await t.close(); });

const draft = () => ({
  purpose: '运营部日常办公与样机维修',
  neededBy: '2026-12-10',
  lines: [
    // No price: estimated from the item's purchase price per 个 × 24 个 per 箱.
    { itemId: c.paper, unitId: c.box, quantity: '2' },
    { itemId: c.resistor, quantity: '1000', estimatedPrice: '0.9', supplierId: c.s2 },
  ],
});

async function approvedRequest(): Promise<string> {
  const created = await employee.post('/procurement/requests', draft());
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const submitted = await employee.post(`/procurement/requests/${created.body.id}/submit`);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  await approveAll(t, c, c.employee, submitted.body.approval.instanceId);
  await deliver(events, 'approval.instance.approved', created.body.id, requestApproved);
  return created.body.id as string;
}

describe('purchase request drafts', () => {
  it('any employee drafts one: numbered, estimated, in the line unit', async () => {
    const res = await employee.post('/procurement/requests', draft());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ status: 'draft', requesterId: c.employee.id, departmentId: c.departments.ops, estimatedAmount: '1984.80', canEdit: true });
    expect(res.body.number).toMatch(/^QG/);
    expect(res.body.lines.map((l: Record<string, unknown>) => [l.itemCode, l.unitName, l.quantity, l.baseQuantity, l.amount])).toEqual([
      ['P001', '箱', '2.0000', '48.0000', '1084.80'],
      ['R001', '个', '1000.0000', '1000.0000', '900.00'],
    ]);
    const changed = await employee.put(`/procurement/requests/${res.body.id}`, { ...draft(), lines: [{ itemId: c.paper, quantity: '10' }] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ estimatedAmount: '226.00', lines: [{ unitName: '个', quantity: '10.0000' }] });
  });

  it('refuses unknown items and units, zero and negative quantities, and writes nothing', async () => {
    const before = (await employee.get('/procurement/requests?limit=200')).body.items.length;
    const unknownItem = await employee.post('/procurement/requests', { ...draft(), lines: [{ itemId: '00000000-0000-4000-8000-000000000001', quantity: '1' }] });
    expect(unknownItem.status).toBe(422);
    expect(unknownItem.body.error).toMatchObject({ code: 'catalog.item.notFound', details: { line: 1 } });
    const wrongUnit = await employee.post('/procurement/requests', { ...draft(), lines: [{ itemId: c.resistor, unitId: c.box, quantity: '1' }] });
    expect(wrongUnit.status).toBe(422);
    expect(wrongUnit.body.error.code).toBe('catalog.unit.notForItem');
    for (const quantity of ['0', '-3']) {
      const bad = await employee.post('/procurement/requests', { ...draft(), lines: [{ itemId: c.paper, quantity }] });
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('common.validation');
    }
    const fraction = await employee.post('/procurement/requests', { ...draft(), lines: [{ itemId: c.paper, quantity: '1.5' }] });
    expect(fraction.status).toBe(422);
    expect((await employee.get('/procurement/requests?limit=200')).body.items.length).toBe(before);
  });

  it('only the requester sees a request unless the caller holds procurement.read', async () => {
    const mine = await employee.post('/procurement/requests', draft());
    const colleague = await apiAs(t, c.opsHead);
    expect((await colleague.get(`/procurement/requests/${mine.body.id}`)).status).toBe(404);
    expect((await colleague.put(`/procurement/requests/${mine.body.id}`, draft())).status).toBe(403);
    expect((await colleague.post(`/procurement/requests/${mine.body.id}/submit`)).status).toBe(403);
    expect((await colleague.get('/procurement/requests?scope=all')).status).toBe(403);
    const theirs = await colleague.get('/procurement/requests');
    expect(theirs.body.items.map((r: { id: string }) => r.id)).not.toContain(mine.body.id);
    expect((await buyer.get(`/procurement/requests/${mine.body.id}`)).status).toBe(200);
    const all = await buyer.get('/procurement/requests?scope=all&limit=200');
    expect(all.body.items.map((r: { id: string }) => r.id)).toContain(mine.body.id);
    expect(all.body.items[0]).toMatchObject({ requesterName: '郭员工', departmentName: '运营部' });
  });
});

describe('approval of a purchase request', () => {
  it('submits to the OA 采购申请 with the lines mapped into its form; a submitted request is not editable', async () => {
    const created = await employee.post('/procurement/requests', draft());
    const submitted = await employee.post(`/procurement/requests/${created.body.id}/submit`);
    expect(submitted.body).toMatchObject({ status: 'pendingApproval', canEdit: false, approval: { status: 'running' } });
    const instance = await employee.get(`/approval/instances/${submitted.body.approval.instanceId}`);
    expect(instance.body.requestType.code).toBe('purchaseRequest');
    expect(instance.body.documentRef).toMatchObject({ type: 'purchaseRequest', id: created.body.id, number: created.body.number });
    expect(instance.body.form).toMatchObject({
      purpose: '运营部日常办公与样机维修', expectedDate: '2026-12-10', estimatedAmount: '1984.80',
      items: [
        { itemName: 'P001 A4复印纸', spec: '70g 500张/包', quantity: '2', unit: '箱', unitPrice: '542.40', amount: '1084.80' },
        { itemName: 'R001 贴片电阻', quantity: '1000', unit: '个', unitPrice: '0.90', amount: '900.00' },
      ],
    });
    const edit = await employee.put(`/procurement/requests/${created.body.id}`, draft());
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('procurement.request.badStatus');
    // 部门主管 → 财务负责人 (under 50,000 no 总经理).
    expect(await approveAll(t, c, c.employee, submitted.body.approval.instanceId)).toEqual([[c.opsHead.id], [c.finHead.id]]);
    await deliver(events, 'approval.instance.approved', created.body.id, requestApproved);
    const approved = await employee.get(`/procurement/requests/${created.body.id}`);
    expect(approved.body.status).toBe('approved');
    expect(approved.body.approvedAt).not.toBeNull();
    expect(events.some((e) => e.type === 'procurement.request.approved' && (e.payload as { requestId: string }).requestId === created.body.id)).toBe(true);
  });

  it('a rejected request can be changed and submitted again; OA-only 采购申请 without a document are ignored', async () => {
    const created = await employee.post('/procurement/requests', draft());
    const submitted = await employee.post(`/procurement/requests/${created.body.id}/submit`);
    const head = await apiAs(t, c.opsHead);
    const task = (await head.get(`/approval/instances/${submitted.body.approval.instanceId}`)).body.myTask;
    await head.post(`/approval/instances/${submitted.body.approval.instanceId}/actions`, { action: 'reject', taskId: task.id, comment: '数量过多' });
    await deliver(events, 'approval.instance.rejected', created.body.id, requestRejected);
    expect((await employee.get(`/procurement/requests/${created.body.id}`)).body).toMatchObject({ status: 'rejected', canEdit: true });
    expect((await employee.put(`/procurement/requests/${created.body.id}`, { ...draft(), lines: [{ itemId: c.paper, quantity: '5' }] })).status).toBe(200);
    expect((await employee.post(`/procurement/requests/${created.body.id}/submit`)).body.status).toBe('pendingApproval');

    const oaOnly = { ...events.find((e) => e.type === 'approval.instance.approved')!, payload: { instanceId: submitted.body.approval.instanceId, number: 'SP-1', requestTypeCode: 'purchaseRequest', initiatorId: c.employee.id, documentRef: null } };
    await asEmployee(() => requestApproved(oaOnly as EventEnvelope<'approval.instance.approved'>));
    expect((await employee.get(`/procurement/requests/${created.body.id}`)).body.status).toBe('pendingApproval');
  });
});

describe('createOrdersFromRequest', () => {
  it('groups lines by supplier into confirmed orders, raises incoming, links the chain, and is idempotent', async () => {
    const requestId = await approvedRequest();
    const paperBefore = await balanceOf(c.tenant, c.paper, c.warehouseId);
    const first = await asEmployee(() => createOrdersFromRequest(requestId));
    expect(first.orderIds).toHaveLength(2);
    expect(first.unsourcedLineIds).toEqual([]);
    const orders = await Promise.all(first.orderIds.map(async (id) => (await buyer.get(`/procurement/orders/${id}`)).body));
    const bySupplier = Object.fromEntries(orders.map((o) => [o.supplierId, o]));
    // The paper goes to its default supplier at the estimate (purchase price × 24), the resistors to the chosen one.
    expect(bySupplier[c.s1]).toMatchObject({ status: 'confirmed', requestId, warehouseId: c.warehouseId, grossAmount: '1084.80', netAmount: '960.00', taxAmount: '124.80' });
    expect(bySupplier[c.s1].lines).toMatchObject([{ itemId: c.paper, unitName: '箱', quantity: '2.0000', price: '542.400000', taxRate: '13.00' }]);
    expect(bySupplier[c.s2]).toMatchObject({ status: 'confirmed', grossAmount: '900.00', expectedDate: '2026-12-10' });
    expect(bySupplier[c.s1].number).toMatch(/^CG/);
    expect(Number((await balanceOf(c.tenant, c.paper, c.warehouseId)).incoming) - Number(paperBefore.incoming)).toBe(48);

    const request = (await employee.get(`/procurement/requests/${requestId}`)).body;
    expect(request.status).toBe('ordered');
    expect(request.lines.map((l: { orderedQty: string }) => l.orderedQty)).toEqual(['2.0000', '1000.0000']);
    expect(request.orders).toHaveLength(2);
    expect(request.steps.filter((s: { done: boolean }) => s.done).map((s: { status: string }) => s.status)).toEqual(['approved', 'ordered']);
    const links = await inTenant({ tenantId: c.tenant.id }, () => tx().select().from(documentLinks)
      .where(and(eq(documentLinks.fromType, 'purchaseRequest'), eq(documentLinks.fromId, requestId))));
    expect(links.filter((l) => l.relation === 'orders').map((l) => l.toId).sort()).toEqual([...first.orderIds].sort());
    const confirmed = events.filter((e) => e.type === 'procurement.order.confirmed' && first.orderIds.includes((e.payload as { orderId: string }).orderId));
    expect(confirmed).toHaveLength(2);

    const again = await asEmployee(() => createOrdersFromRequest(requestId));
    expect(again).toEqual({ orderIds: [], unsourcedLineIds: [] });
    expect((await buyer.get(`/procurement/orders?requestId=${requestId}`)).body.items).toHaveLength(2);
    expect(Number((await balanceOf(c.tenant, c.paper, c.warehouseId)).incoming) - Number(paperBefore.incoming)).toBe(48);
  });

  it('makes the buyer who orders the request the orders\' buyer, and leaves it empty when asked to', async () => {
    const requestId = await approvedRequest();
    const byBuyer = await buyer.post(`/procurement/requests/${requestId}/orders`);
    expect(byBuyer.status, JSON.stringify(byBuyer.body)).toBe(200);
    expect(byBuyer.body.orderIds).toHaveLength(2);
    for (const id of byBuyer.body.orderIds) expect((await buyer.get(`/procurement/orders/${id}`)).body).toMatchObject({ buyerId: c.buyer.id });

    const other = await approvedRequest();
    const { orderIds } = await asEmployee(() => createOrdersFromRequest(other, { buyerId: null }));
    expect(orderIds).toHaveLength(2);
    for (const id of orderIds) expect((await buyer.get(`/procurement/orders/${id}`)).body).toMatchObject({ buyerId: null, buyerName: null });
  });

  it('leaves a line without any supplier unsourced and the request approved', async () => {
    const created = await employee.post('/procurement/requests', { purpose: '样机维修', lines: [{ itemId: c.resistor, quantity: '200' }, { itemId: c.paper, quantity: '24' }] });
    const submitted = await employee.post(`/procurement/requests/${created.body.id}/submit`);
    await approveAll(t, c, c.employee, submitted.body.approval.instanceId);
    await deliver(events, 'approval.instance.approved', created.body.id, requestApproved);
    const result = await asEmployee(() => createOrdersFromRequest(created.body.id));
    expect(result.orderIds).toHaveLength(1);
    expect(result.unsourcedLineIds).toEqual([created.body.lines[0].id]);
    expect((await employee.get(`/procurement/requests/${created.body.id}`)).body.status).toBe('approved');

    // The buyer orders the unsourced line by hand: the order joins the request, and a re-run orders nothing twice.
    const unsourced = created.body.lines[0];
    const manual = await buyer.post('/procurement/orders', {
      supplierId: c.s2, warehouseId: c.warehouseId, lines: [{ itemId: c.resistor, quantity: '200', price: '1.02', requestLineId: unsourced.id }],
    });
    expect(manual.status, JSON.stringify(manual.body)).toBe(201);
    expect(manual.body.requestId).toBe(created.body.id);
    expect(manual.body.requestNumber).toBe(created.body.number);
    expect((await employee.post(`/procurement/requests/${created.body.id}/orders`)).status).toBe(403);
    expect((await buyer.post(`/procurement/requests/${created.body.id}/orders`)).body).toEqual({ orderIds: [], unsourcedLineIds: [] });
    expect((await employee.get(`/procurement/requests/${created.body.id}`)).body).toMatchObject({ status: 'approved', lines: [{ orderedQty: '200.0000' }, { orderedQty: '24.0000' }] });
    const submitted2 = await buyer.post(`/procurement/orders/${manual.body.id}/submit`);
    await approveAll(t, c, c.buyer, submitted2.body.approval.instanceId);
    await deliver(events, 'approval.instance.approved', manual.body.id, orderApproved);
    expect((await employee.get(`/procurement/requests/${created.body.id}`)).body.status).toBe('ordered');
  });

  it('refuses a request that is not approved', async () => {
    const created = await employee.post('/procurement/requests', draft());
    await expect(asEmployee(() => createOrdersFromRequest(created.body.id))).rejects.toMatchObject({ code: 'procurement.request.badStatus' });
  });
});
