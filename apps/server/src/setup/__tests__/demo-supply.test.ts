import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestContext } from '../../testing/test-app.ts';
import { sessionHeaders, type AuthHeaders } from '../../testing/fixtures.ts';
import { asSystem } from '../../platform/tx/index.ts';
import { tenants } from '../../platform/tenancy/tenant.table.ts';
import { users } from '../../modules/org/infra/org.tables.ts';
import { ensureDemo } from '../ensure-demo.ts';

// What 陈静 (采购员), 杨磊 (仓管员) and 郭鹏 (工程师) find after `npm start`: a catalog, two
// warehouses, price lists, one purchase paid in full, one under way, an answered RFQ and a low-stock alert.
describe('the demo company supply chain', () => {
  let ctx: TestContext;
  let tenantId = '';
  const sessions = new Map<string, AuthHeaders>();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  const get = async (username: string, url: string): Promise<any> => {
    let headers = sessions.get(username);
    if (!headers) {
      const [user] = await asSystem((db) => db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.username, username))));
      headers = await sessionHeaders({ id: user!.id, tenantId, username, password: '', departmentId: user!.departmentId, roleId: '' });
      sessions.set(username, headers);
    }
    const res = await ctx.app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
    expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureDemo({ skipDemo: false, adminPassword: undefined });
    const [tenant] = await asSystem((db) => db.select().from(tenants).where(eq(tenants.code, 'demo')));
    tenantId = tenant!.id;
  });
  afterAll(async () => { await ctx.close(); });

  it('has a Chinese catalog, two warehouses and supplier price lists', async () => {
    const items = await get('chen.jing', '/catalog/items?limit=100');
    expect(items.items.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(['A4 复印纸', 'STM32F103C8T6 单片机', '紫铜线', '智能温控器']));
    const pen = items.items.find((i: { code: string }) => i.code === 'OF-002');
    expect(pen.units).toEqual([expect.objectContaining({ unitName: '箱', factor: expect.stringMatching(/^24(\.0+)?$/) })]);
    const warehouses = await get('yang.lei', '/catalog/warehouses');
    expect(warehouses.items.map((w: { name: string }) => w.name).sort()).toEqual(['主仓库', '原料仓'].sort());
    expect(warehouses.items.find((w: { name: string }) => w.name === '主仓库').locations).toHaveLength(3);
    const prices = await get('chen.jing', '/procurement/supplier-prices');
    expect(prices.items.length).toBeGreaterThanOrEqual(8);
  });

  it('shows one purchase paid in full and one under way, with their documents chained', async () => {
    const requests = await get('chen.jing', '/procurement/requests?scope=all');
    const byStatus = new Map(requests.items.map((r: { status: string; id: string }) => [r.status, r]));
    expect([...byStatus.keys()].sort()).toEqual(['paid', 'partlyReceived']);
    const paid = byStatus.get('paid') as { id: string; requesterName: string };
    expect(paid.requesterName).toBe('周杰');
    const chain = await get('li.na', `/links/purchaseRequest/${paid.id}`);
    const types = new Set(chain.nodes.map((n: { type: string }) => n.type));
    for (const type of ['purchaseOrder', 'purchaseReceipt', 'supplierBill', 'finPayment', 'voucher']) expect([type, types.has(type)]).toEqual([type, true]);
    const bills = await get('wang.fang', '/procurement/bills');
    expect(bills.items).toEqual([expect.objectContaining({ status: 'paid', grossAmount: '3850.00', paidAmount: '3850.00', supplierName: '深圳市鑫达电子有限公司' })]);
  });

  it('tells the engineer his batteries arrived and the buyers that the 单片机 is low', async () => {
    const open = (await get('guo.peng', '/procurement/requests')).items[0];
    expect(open.status).toBe('partlyReceived');
    const alerts = await get('chen.jing', '/inventory/alerts');
    expect(alerts.items.map((a: { itemCode: string }) => a.itemCode)).toContain('EC-001');
    // The notices are event handlers: they arrive shortly after the company is created.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const notices = (await get('guo.peng', '/notifications')).items as { title: string }[];
      if (notices.some((n) => n.title === '您申请的物料已到货')) break;
      if (Date.now() > deadline) throw new Error('no arrival notice for 郭鹏');
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it('has an RFQ answered by two suppliers, ready to compare', async () => {
    const rfqs = await get('chen.jing', '/procurement/rfqs');
    expect(rfqs.items).toEqual([expect.objectContaining({ status: 'sent', title: '下季度办公用品询价', quoteCount: 3 })]);
    const cmp = await get('chen.jing', `/procurement/rfqs/${rfqs.items[0].id}/comparison`);
    const paper = cmp.lines.find((l: { itemCode: string }) => l.itemCode === 'OF-001');
    const cheapest = cmp.suppliers.find((s: { supplierId: string }) => s.supplierId === paper.cheapestSupplierId);
    expect(cheapest.supplierName).toBe('深圳市鑫达电子有限公司');
  });
});
