// Sourcing around the loop: a request no supplier is known for is sourced by a request for
// quotation to three suppliers; the quotes are compared side by side, the award makes draft
// orders and updates the price lists; supplier performance follows from receipts, returns and bills.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../apps/server/src/testing/test-app.ts';
import { apiAs, approve, expectStatus, supplyCompany, supplyMasters, waitFor, type Api, type SupplyCompany, type SupplyMasters } from './procure-to-pay-kit.ts';

let t: TestContext;
let c: SupplyCompany;
let m: SupplyMasters;
let buyer: Api;
let engineer: Api;
let paste = '';

const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp();
  c = await supplyCompany('询价比价测试公司');
  buyer = await apiAs(t, c.buyer);
  engineer = await apiAs(t, c.engineer);
  m = await supplyMasters(buyer);
  const category = expectStatus(await buyer.get('/catalog/categories'), 200, 'categories').body.items[0];
  paste = expectStatus(await buyer.post('/catalog/items', {
    code: 'TH-01', name: '导热硅脂', spec: '1kg/罐', categoryId: category.id, baseUnitId: m.units.kg, taxRate: '13', units: [],
  }), 201, 'item').body.id;
});
afterAll(async () => { await t.close(); });

const loop = { requestId: '', rfqId: '', lineIds: {} as Record<string, string>, quotes: {} as Record<string, string>, orders: {} as Record<string, string> };

describe('price lists', () => {
  it('picks the cheapest valid entry the quantity reaches', async () => {
    const best = async (q: string) => expectStatus(await buyer.get(`/procurement/supplier-prices/best?itemId=${m.items.screw}&quantity=${q}`), 200, 'best').body.best;
    expect(await best('100')).toMatchObject({ supplierId: m.suppliers.s2, price: '0.226000', leadTimeDays: 5 });
    // A volume price from 5,000 pieces, and an expired promotion that no longer counts.
    const volume = expectStatus(await buyer.post('/procurement/supplier-prices', { supplierId: m.suppliers.s3, itemId: m.items.screw, price: '0.2', minQty: '5000' }), 201, 'volume').body;
    expect(volume).toMatchObject({ unitName: '个', current: true, taxRate: '13.00' });
    const expired = expectStatus(await buyer.post('/procurement/supplier-prices', { supplierId: m.suppliers.s1, itemId: m.items.screw, price: '0.1', validFrom: '2020-01-01', validTo: '2020-12-31' }), 201, 'expired').body;
    expect(expired.current).toBe(false);
    expect((await best('100')).supplierId).toBe(m.suppliers.s2);
    expect(await best('6000')).toMatchObject({ supplierId: m.suppliers.s3, price: '0.200000' });
    expect(expectStatus(await buyer.put(`/procurement/supplier-prices/${volume.id}`, { price: '0.23' }), 200, 'update').body.price).toBe('0.230000');
    expect((await best('6000')).supplierId).toBe(m.suppliers.s2);
    expectStatus(await buyer.del(`/procurement/supplier-prices/${expired.id}`), 200, 'delete');
    expectStatus(await buyer.del(`/procurement/supplier-prices/${expired.id}`), 404, 'deleted twice');
    // Keeping price lists is the buyer's: the requester may not.
    expectStatus(await engineer.post('/procurement/supplier-prices', { supplierId: m.suppliers.s1, itemId: m.items.screw, price: '0.01' }), 403, 'engineer');
    const list = expectStatus(await buyer.get(`/procurement/supplier-prices?itemId=${m.items.screw}&validOn=${today}`), 200, 'list').body.items;
    expect(list.map((p: { supplierId: string }) => p.supplierId).sort()).toEqual([m.suppliers.s2, m.suppliers.s3, m.suppliers.s3].sort());
  });
});

describe('request for quotation', () => {
  it('a request with an item no supplier sells stays approved and the buyers are told', async () => {
    const created = expectStatus(await engineer.post('/procurement/requests', {
      purpose: '散热改进', warehouseId: m.warehouse,
      lines: [{ itemId: paste, quantity: '2.5' }, { itemId: m.items.screw, quantity: '500', supplierId: m.suppliers.s3 }],
    }), 201, 'request').body;
    loop.requestId = created.id;
    const submitted = expectStatus(await engineer.post(`/procurement/requests/${created.id}/submit`), 200, 'submit').body;
    await approve(t, c.rdHead, submitted.approval.instanceId);
    await approve(t, c.finHead, submitted.approval.instanceId);
    const notice = await waitFor('unsourced notice', async () => {
      const list = expectStatus(await buyer.get('/notifications'), 200, 'notifications').body;
      return list.items.find((n: { link: string }) => n.link === `/procurement/requests/${created.id}`);
    });
    expect(notice.title).toContain('1 行物料未找到供应商');
    const request = expectStatus(await engineer.get(`/procurement/requests/${created.id}`), 200, 'request').body;
    expect(request.status).toBe('approved');
    expect(request.orders).toHaveLength(1);
  });

  it('sources the open lines from three suppliers and compares the quotes side by side', async () => {
    const rfq = expectStatus(await buyer.post('/procurement/rfqs', {
      title: '导热硅脂及电阻询价', requestId: loop.requestId, supplierIds: [m.suppliers.s1, m.suppliers.s2, m.suppliers.s3],
    }), 201, 'rfq').body;
    loop.rfqId = rfq.id;
    expect(rfq).toMatchObject({ status: 'draft', requestNumber: expect.any(String) });
    expect(rfq.number).toMatch(/^XJ/);
    // Only the unsourced line is copied from the request.
    expect(rfq.lines.map((l: { itemId: string; quantity: string }) => [l.itemId, l.quantity])).toEqual([[paste, '2.5']]);
    const updated = expectStatus(await buyer.put(`/procurement/rfqs/${rfq.id}`, {
      lines: [{ itemId: paste, quantity: '2.5', requestLineId: rfq.lines[0].requestLineId }, { itemId: m.items.resistor, quantity: '5' }],
    }), 200, 'update').body;
    expect(updated.lines.map((l: { unitName: string }) => l.unitName)).toEqual(['千克', '箱']);
    for (const l of updated.lines) loop.lineIds[l.itemId === paste ? 'paste' : 'resistor'] = l.id;

    const early = await buyer.put(`/procurement/rfqs/${rfq.id}/quotes`, { quotes: [] });
    expect([early.status, early.body.error?.code]).toEqual([409, 'procurement.rfq.badStatus']);
    expectStatus(await buyer.post(`/procurement/rfqs/${rfq.id}/send`), 200, 'send');
    const uninvited = await buyer.put(`/procurement/rfqs/${rfq.id}/quotes`, { quotes: [{ rfqLineId: loop.lineIds.paste, supplierId: '0190d6f2-8a51-7c0e-9a43-2b1f0c3d4e5f', price: '1' }] });
    expect([uninvited.status, uninvited.body.error?.code]).toEqual([422, 'procurement.rfq.supplierNotInvited']);

    const q = (supplierId: string, line: string, price: string, leadTimeDays: number) => ({ rfqLineId: loop.lineIds[line], supplierId, price, leadTimeDays });
    expectStatus(await buyer.put(`/procurement/rfqs/${rfq.id}/quotes`, { quotes: [q(m.suppliers.s1, 'paste', '98', 7), q(m.suppliers.s1, 'resistor', '11.5', 3)] }), 200, 'S01 quotes');
    expectStatus(await buyer.put(`/procurement/rfqs/${rfq.id}/quotes`, { quotes: [q(m.suppliers.s2, 'paste', '88', 10)] }), 200, 'S02 quotes');
    const withS3 = expectStatus(await buyer.put(`/procurement/rfqs/${rfq.id}/quotes`, { quotes: [q(m.suppliers.s3, 'paste', '95', 2), q(m.suppliers.s3, 'resistor', '11.8', 2)] }), 200, 'S03 quotes').body;
    expect(withS3.quotes).toHaveLength(5);

    const cmp = expectStatus(await buyer.get(`/procurement/rfqs/${rfq.id}/comparison`), 200, 'comparison').body;
    const line = (id: string | undefined) => cmp.lines.find((l: { rfqLineId: string }) => l.rfqLineId === id);
    expect(line(loop.lineIds.paste)).toMatchObject({ cheapestSupplierId: m.suppliers.s2, fastestSupplierId: m.suppliers.s3 });
    expect(line(loop.lineIds.resistor)).toMatchObject({ cheapestSupplierId: m.suppliers.s1, fastestSupplierId: m.suppliers.s3 });
    expect(line(loop.lineIds.resistor).cells.find((x: { supplierId: string }) => x.supplierId === m.suppliers.s2)).toMatchObject({ quoteId: null, price: null, cheapest: false });
    const supplier = (id: string) => cmp.suppliers.find((s: { supplierId: string }) => s.supplierId === id);
    expect(supplier(m.suppliers.s1)).toMatchObject({ total: '302.50', complete: true, cheapestLines: 1 });
    expect(supplier(m.suppliers.s2)).toMatchObject({ total: '220.00', complete: false, cheapestLines: 1 });
    expect(supplier(m.suppliers.s3)).toMatchObject({ total: '296.50', complete: true, cheapestLines: 0 });
    // The best mix: 2.5 kg × 88 + 5 箱 × 11.5.
    expect(cmp.bestMixTotal).toBe('277.50');
    for (const l of withS3.quotes) loop.quotes[`${l.supplierId}:${l.rfqLineId}`] = l.id;
  });

  it('the award makes one draft order per winning supplier, linked to the RFQ and the request, and updates the price lists', async () => {
    const pasteQuote = loop.quotes[`${m.suppliers.s2}:${loop.lineIds.paste}`];
    const resistorQuote = loop.quotes[`${m.suppliers.s1}:${loop.lineIds.resistor}`];
    const twice = await buyer.post(`/procurement/rfqs/${loop.rfqId}/award`, { quoteIds: [pasteQuote, loop.quotes[`${m.suppliers.s3}:${loop.lineIds.paste}`]] });
    expect([twice.status, twice.body.error?.code]).toEqual([400, 'procurement.rfq.twoQuotesForLine']);
    const awarded = expectStatus(await buyer.post(`/procurement/rfqs/${loop.rfqId}/award`, { quoteIds: [pasteQuote, resistorQuote], updatePriceList: true }), 200, 'award').body;
    expect(awarded.status).toBe('awarded');
    expect(awarded.quotes.filter((q: { chosen: boolean }) => q.chosen).map((q: { id: string }) => q.id).sort()).toEqual([pasteQuote, resistorQuote].sort());
    expect(awarded.orders.map((o: { supplierId: string; status: string; grossAmount: string }) => [o.supplierId, o.status, o.grossAmount]).sort())
      .toEqual([[m.suppliers.s1, 'draft', '57.50'], [m.suppliers.s2, 'draft', '220.00']].sort());
    for (const o of awarded.orders) loop.orders[o.supplierId] = o.id;
    const again = await buyer.post(`/procurement/rfqs/${loop.rfqId}/award`, { quoteIds: [pasteQuote] });
    expect([again.status, again.body.error?.code]).toEqual([409, 'procurement.rfq.badStatus']);

    const chain = expectStatus(await buyer.get(`/links/purchaseRequest/${loop.requestId}`), 200, 'chain').body;
    expect(chain.edges).toEqual(expect.arrayContaining([
      expect.objectContaining({ fromType: 'purchaseRequest', fromId: loop.requestId, toType: 'rfq', toId: loop.rfqId, relation: 'sources' }),
      ...Object.values(loop.orders).map((id) => expect.objectContaining({ fromType: 'rfq', fromId: loop.rfqId, toType: 'purchaseOrder', toId: id, relation: 'orders' })),
    ]));
    // Only the order buying the request's line is the request's.
    const request = expectStatus(await engineer.get(`/procurement/requests/${loop.requestId}`), 200, 'request').body;
    expect(request.orders.map((o: { id: string }) => o.id)).toContain(loop.orders[m.suppliers.s2]);
    expect(request.orders.map((o: { id: string }) => o.id)).not.toContain(loop.orders[m.suppliers.s1]);

    const pastePrice = expectStatus(await buyer.get(`/procurement/supplier-prices/best?itemId=${paste}&quantity=1`), 200, 'best').body.best;
    expect(pastePrice).toMatchObject({ supplierId: m.suppliers.s2, price: '88.000000', leadTimeDays: 10 });
    const resistorPrices = expectStatus(await buyer.get(`/procurement/supplier-prices?itemId=${m.items.resistor}`), 200, 'prices').body.items;
    expect(resistorPrices).toEqual([expect.objectContaining({ supplierId: m.suppliers.s1, price: '11.500000', sourceRfqId: loop.rfqId })]);
  });
});

describe('supplier performance', () => {
  it('on-time rate, lead days, returns and price variance per supplier', async () => {
    const orderId = loop.orders[m.suppliers.s1]!;
    const submitted = expectStatus(await buyer.post(`/procurement/orders/${orderId}/submit`), 200, 'submit order').body;
    await approve(t, c.purHead, submitted.approval.instanceId);
    const keeper = await apiAs(t, c.keeper);
    const receivable = await waitFor('order confirmed', async () => {
      const r = expectStatus(await keeper.get(`/procurement/orders/${orderId}/receivable`), 200, 'receivable').body;
      return r.status === 'confirmed' ? r : undefined;
    });
    const receipt = expectStatus(await keeper.post('/procurement/receipts', { orderId, lines: [{ orderLineId: receivable.lines[0].orderLineId, quantity: '5' }] }), 201, 'receipt').body;
    const detail = expectStatus(await keeper.get(`/procurement/receipts/${receipt.id}`), 200, 'receipt').body;
    expectStatus(await keeper.post('/procurement/returns', { receiptId: receipt.id, reason: '外观破损', lines: [{ receiptLineId: detail.lines[0].id, quantity: '1' }] }), 201, 'return');
    const accountant = await apiAs(t, c.accountant);
    expectStatus(await accountant.post('/procurement/bills', {
      supplierId: m.suppliers.s1, billDate: today, lines: [{ receiptLineId: detail.lines[0].id, quantity: '4', price: '11.55' }],
    }), 201, 'bill');

    const report = expectStatus(await buyer.get(`/procurement/reports/supplier-performance?from=${today}&to=${today}`), 200, 'report').body;
    const s1 = report.rows.find((r: { supplierId: string }) => r.supplierId === m.suppliers.s1);
    expect(s1).toMatchObject({
      orders: 1, orderedAmount: '57.50', receiptLines: 1, onTimeLines: 1, onTimeRate: '100.00', averageLeadDays: '0.0',
      billedAmount: '46.20', priceVarianceVsOrder: '0.20', priceVarianceVsOrderPct: '0.43', priceVarianceVsListPct: '0.00',
      receivedQty: '120', returnedQty: '24', returnRate: '20.00',
    });
    const bad = await buyer.get(`/procurement/reports/supplier-performance?from=${today}&to=2000-01-01`);
    expect([bad.status, bad.body.error?.code]).toEqual([400, 'procurement.report.badRange']);
  });
});
