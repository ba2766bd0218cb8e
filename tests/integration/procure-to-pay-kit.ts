// Shared set-up of the procure-to-pay integration tests: a company with an org chart, books,
// approval types, people holding exactly the permissions of their job, and master data made
// through the API as a buyer would.
import { eq } from 'drizzle-orm';
import type { TestContext } from '../../apps/server/src/testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../apps/server/src/testing/fixtures.ts';
import { newId } from '../../apps/server/src/platform/db/index.ts';
import { inTenant, tx } from '../../apps/server/src/platform/tx/index.ts';
import { departments, roles, userRoles } from '../../apps/server/src/modules/org/index.ts';
import { seedRequestTypes } from '../../apps/server/src/modules/approval/index.ts';
import { ensureFinanceSetup } from '../../apps/server/src/modules/finance/index.ts';

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
  body: Record<string, any>;
}

export interface Api {
  get(url: string): Promise<Reply>;
  post(url: string, body?: unknown): Promise<Reply>;
  put(url: string, body: unknown): Promise<Reply>;
  del(url: string): Promise<Reply>;
}

export async function apiAs(t: TestContext, user: TestUser, locale = 'zh-CN'): Promise<Api> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': locale };
  const call = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<Reply> => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : {} };
  };
  return { get: (u) => call('GET', u), post: (u, b) => call('POST', u, b ?? {}), put: (u, b) => call('PUT', u, b), del: (u) => call('DELETE', u) };
}

/** Fails the test with the reply when the status is not the expected one. */
export function expectStatus(reply: Reply, status: number, what: string): Reply {
  if (reply.status !== status) throw new Error(`${what}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply;
}

/** Polls until `probe` returns a value (event handlers run after commit, on the job runtime). */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) { last = error; }
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

async function giveRoleCode(tenant: TestTenant, userId: string, code: string): Promise<void> {
  await inTenant({ tenantId: tenant.id }, async () => {
    let [role] = await tx().select().from(roles).where(eq(roles.code, code));
    if (!role) [role] = await tx().insert(roles).values({ id: newId(), tenantId: tenant.id, code, name: code }).returning();
    if (role) await tx().insert(userRoles).values({ tenantId: tenant.id, userId, roleId: role.id });
  });
}

const financeWork = ['partner.read', 'finance.voucher.read', 'finance.report.read', 'finance.arap.read', 'finance.payment.request', 'finance.cash.manage'];
const billWork = ['procurement.read', 'procurement.bill', 'catalog.read', 'inventory.read'];
const buyerWork = ['partner.read', 'partner.manage', 'catalog.read', 'catalog.manage', 'procurement.read', 'procurement.order', 'inventory.read'];
const warehouseWork = ['catalog.read', 'inventory.read', 'inventory.move', 'procurement.read', 'procurement.receive'];

/**
 * 张总 (总经理) heads the company; 财务部 李财 (head) · 王会 accountant (enters bills) · 赵出 cashier;
 * 采购部 刘采购 (head) · 陈采 buyer; 仓储部 杨仓 keeper; 研发部 周工 (head) · 吴工 engineer (asks for
 * material, no permissions at all). Books set up (current month open), request types seeded.
 */
export async function supplyCompany(name = '采购闭环测试公司') {
  const tenant = await createTenant(name);
  const root = await createDepartment(tenant, name);
  const fin = await createDepartment(tenant, '财务部', root);
  const pur = await createDepartment(tenant, '采购部', root);
  const wh = await createDepartment(tenant, '仓储部', root);
  const rd = await createDepartment(tenant, '研发部', root);
  const hra = await createDepartment(tenant, '人事行政部', root);
  const gm = await createUser(tenant, { displayName: '张总', permissions: [], departmentId: root });
  const finHead = await createUser(tenant, { displayName: '李财', permissions: [...financeWork, ...billWork], departmentId: fin, superiorId: gm.id });
  const accountant = await createUser(tenant, { displayName: '王会', permissions: [...financeWork, ...billWork], departmentId: fin, superiorId: finHead.id });
  const cashier = await createUser(tenant, { displayName: '赵出', permissions: [...financeWork, 'finance.payment.execute'], departmentId: fin, superiorId: finHead.id });
  const purHead = await createUser(tenant, { displayName: '刘采购', permissions: buyerWork, departmentId: pur, superiorId: gm.id });
  const buyer = await createUser(tenant, { displayName: '陈采', permissions: buyerWork, departmentId: pur, superiorId: purHead.id });
  const keeper = await createUser(tenant, { displayName: '杨仓', permissions: warehouseWork, departmentId: wh, superiorId: gm.id });
  const rdHead = await createUser(tenant, { displayName: '周工', permissions: [], departmentId: rd, superiorId: gm.id });
  const engineer = await createUser(tenant, { displayName: '吴工', permissions: [], departmentId: rd, superiorId: rdHead.id });
  const auditor = await createUser(tenant, { displayName: '审计', permissions: ['procurement.read', 'finance.voucher.read', 'finance.payment.request', 'approval.instance.readAll'], departmentId: root });
  await giveRoleCode(tenant, gm.id, 'gm');
  await giveRoleCode(tenant, finHead.id, 'finance');
  for (const [department, head] of [[root, gm.id], [fin, finHead.id], [pur, purHead.id], [wh, keeper.id], [rd, rdHead.id]] as const) {
    await inTenant({ tenantId: tenant.id }, () => tx().update(departments).set({ headUserId: head }).where(eq(departments.id, department)));
  }
  await inTenant({ tenantId: tenant.id, userId: gm.id }, async () => {
    await ensureFinanceSetup();
    await seedRequestTypes({ financeDepartmentId: fin, procurementDepartmentId: pur, adminDepartmentId: hra });
  });
  return { tenant, departments: { root, fin, pur, wh, rd, hra }, gm, finHead, accountant, cashier, purHead, buyer, keeper, rdHead, engineer, auditor };
}
export type SupplyCompany = Awaited<ReturnType<typeof supplyCompany>>;

/** Approves the pending task of `user` on an approval instance through the API. */
export async function approve(t: TestContext, user: TestUser, instanceId: string): Promise<Reply> {
  const api = await apiAs(t, user);
  const detail = await waitFor(`${user.username}'s task on ${instanceId}`, async () => {
    const d = await api.get(`/approval/instances/${instanceId}`);
    return d.body.myTask?.id ? d : undefined;
  });
  return expectStatus(await api.post(`/approval/instances/${instanceId}/actions`, { action: 'approve', taskId: detail.body.myTask.id, comment: '同意' }), 200, 'approve');
}

/**
 * Master data as a buyer enters it: suppliers 华强电子 (S01) and 鑫源五金 (S02); category 电子元器件
 * (material); units 个 and 箱 (= 24 个); items 电阻 (default supplier S01, bought by the 箱) and
 * 螺丝 (no default supplier: S02's price list is the cheapest); warehouse 原料仓 (default).
 */
export async function supplyMasters(buyer: Api) {
  const created = async (url: string, body: unknown) => expectStatus(await buyer.post(url, body), 201, `POST ${url}`).body;
  const s1 = await created('/partners', { code: 'S01', name: '深圳华强电子有限公司', isSupplier: true, paymentTermDays: 30 });
  const s2 = await created('/partners', { code: 'S02', name: '东莞鑫源五金制品厂', isSupplier: true, paymentTermDays: 45 });
  const s3 = await created('/partners', { code: 'S03', name: '苏州精密零件厂', isSupplier: true });
  const category = await created('/catalog/categories', { code: 'EC', name: '电子元器件', itemClass: 'material', valuationMethod: 'movingAverage' });
  const pcs = await created('/catalog/units', { code: 'PCS', name: '个', precision: 0 });
  const box = await created('/catalog/units', { code: 'BOX', name: '箱', precision: 0 });
  const kg = await created('/catalog/units', { code: 'KG', name: '千克', precision: 3 });
  const warehouse = await created('/catalog/warehouses', { code: 'WH02', name: '原料仓', isDefault: true, locations: [] });
  const resistor = await created('/catalog/items', {
    code: 'EC-R100', name: '贴片电阻 100Ω', spec: '0603 1%', categoryId: category.id, baseUnitId: pcs.id, purchaseUnitId: box.id,
    taxRate: '13', purchasePrice: '0.5', defaultSupplierId: s1.id, defaultWarehouseId: warehouse.id, units: [{ unitId: box.id, factor: '24' }],
  });
  const screw = await created('/catalog/items', {
    code: 'HW-M3', name: '不锈钢螺丝 M3×8', spec: '304', categoryId: category.id, baseUnitId: pcs.id, taxRate: '13', purchasePrice: '0.3', units: [],
  });
  await created('/procurement/supplier-prices', { supplierId: s1.id, itemId: resistor.id, unitId: box.id, price: '12', taxRate: '13', leadTimeDays: 3 });
  await created('/procurement/supplier-prices', { supplierId: s2.id, itemId: screw.id, unitId: pcs.id, price: '0.226', taxRate: '13', leadTimeDays: 5 });
  await created('/procurement/supplier-prices', { supplierId: s3.id, itemId: screw.id, unitId: pcs.id, price: '0.25', taxRate: '13', leadTimeDays: 2 });
  return { suppliers: { s1: s1.id as string, s2: s2.id as string, s3: s3.id as string }, units: { pcs: pcs.id as string, box: box.id as string, kg: kg.id as string }, warehouse: warehouse.id as string, items: { resistor: resistor.id as string, screw: screw.id as string } };
}
export type SupplyMasters = Awaited<ReturnType<typeof supplyMasters>>;
