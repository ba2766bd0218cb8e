import { and, eq } from 'drizzle-orm';
import type { EventEnvelope, EventType } from '@triad/contracts';
import type { TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { setOutboxWriter } from '../../../platform/events/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { seedRequestTypes } from '../../approval/index.ts';
import { itemCategories, items, itemUnits, units, warehouses } from '../../catalog/index.ts';
import { ensureFinanceSetup } from '../../finance/index.ts';
import { stockBalances } from '../../inventory/index.ts';
import { departments, roles, userRoles } from '../../org/index.ts';
import { partners } from '../../partners/index.ts';

// Shared set-up of the procurement tests: a company with books, approvals, people and a small catalog.

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field
export interface Reply { status: number; body: Loose }
export interface Api {
  get(url: string): Promise<Reply>;
  post(url: string, body?: unknown): Promise<Reply>;
  put(url: string, body: unknown): Promise<Reply>;
}

export async function apiAs(t: TestContext, user: TestUser, locale = 'en-US'): Promise<Api> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': locale };
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown): Promise<Reply> => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : {} };
  };
  return { get: (u) => call('GET', u), post: (u, b) => call('POST', u, b ?? {}), put: (u, b) => call('PUT', u, b) };
}

/** Events written by commands, kept in memory so a test can deliver them to handlers. */
export function captureEvents(): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  setOutboxWriter(async (_tx, pending) => { events.push(...pending.events); });
  return events;
}

/** Runs a handler on the captured `type` event bound to `documentId`, as the delivery worker would after commit. */
export async function deliver<K extends EventType>(events: readonly EventEnvelope[], type: K, documentId: string, handler: (e: EventEnvelope<K>) => Promise<void>): Promise<void> {
  const event = [...events].reverse().find((e) => e.type === type && (e.payload as { documentRef?: { id: string } | null }).documentRef?.id === documentId) as EventEnvelope<K> | undefined;
  if (!event) throw new Error(`no ${type} event for ${documentId}`);
  await inTenant({ tenantId: event.tenantId, userId: event.actorUserId }, () => handler(event));
}

async function giveRoleCode(tenant: TestTenant, userId: string, code: string): Promise<void> {
  await inTenant({ tenantId: tenant.id }, async () => {
    let [role] = await tx().select().from(roles).where(eq(roles.code, code));
    if (!role) [role] = await tx().insert(roles).values({ id: newId(), tenantId: tenant.id, code, name: code }).returning();
    if (role) await tx().insert(userRoles).values({ tenantId: tenant.id, userId, roleId: role.id });
  });
}

const buyerWork = ['procurement.read', 'procurement.order', 'catalog.read', 'partner.read', 'inventory.read'];
const keeperWork = ['procurement.read', 'procurement.receive', 'catalog.read', 'inventory.read'];

/**
 * 总经理 张总 (gm) · 财务部 head 李财 (reads vouchers) · 采购部 head 刘采购 · buyer 陈采 · warehouse
 * keeper 杨仓 · 运营部 head 胡运营 and employee 郭员工 (no permissions). Books set up, request types
 * seeded; catalog: units 个/箱 (1 箱 = 24 个), A4 复印纸 (goods, default supplier S1) and 电阻 (material),
 * a 咨询服务 (not stocked); suppliers S1 S2; 主仓库 (default).
 */
export async function procurementCompany(name = '采购测试公司') {
  const tenant = await createTenant(name);
  const root = await createDepartment(tenant, name);
  const fin = await createDepartment(tenant, '财务部', root);
  const pur = await createDepartment(tenant, '采购部', root);
  const hra = await createDepartment(tenant, '人事行政部', root);
  const ops = await createDepartment(tenant, '运营部', root);
  const gm = await createUser(tenant, { displayName: '张总', permissions: [], departmentId: root });
  const finHead = await createUser(tenant, { displayName: '李财', permissions: ['finance.voucher.read'], departmentId: fin, superiorId: gm.id });
  const purHead = await createUser(tenant, { displayName: '刘采购', permissions: buyerWork, departmentId: pur, superiorId: gm.id });
  const buyer = await createUser(tenant, { displayName: '陈采', permissions: buyerWork, departmentId: pur, superiorId: purHead.id });
  const keeper = await createUser(tenant, { displayName: '杨仓', permissions: keeperWork, departmentId: pur, superiorId: purHead.id });
  const opsHead = await createUser(tenant, { displayName: '胡运营', permissions: [], departmentId: ops, superiorId: gm.id });
  const employee = await createUser(tenant, { displayName: '郭员工', permissions: [], departmentId: ops, superiorId: opsHead.id });
  const admin = await createUser(tenant, { displayName: '管理员', permissions: ['*'], departmentId: root });
  await giveRoleCode(tenant, gm.id, 'gm');
  for (const [department, head] of [[root, gm.id], [fin, finHead.id], [pur, purHead.id], [ops, opsHead.id]] as const) {
    await inTenant({ tenantId: tenant.id }, () => tx().update(departments).set({ headUserId: head }).where(eq(departments.id, department)));
  }
  await inTenant({ tenantId: tenant.id, userId: gm.id }, async () => {
    await ensureFinanceSetup();
    await seedRequestTypes({ financeDepartmentId: fin, procurementDepartmentId: pur, adminDepartmentId: hra });
  });
  const catalog = await seedCatalog(tenant);
  return { tenant, departments: { root, fin, pur, hra, ops }, gm, finHead, purHead, buyer, keeper, opsHead, employee, admin, ...catalog };
}
export type ProcurementCompany = Awaited<ReturnType<typeof procurementCompany>>;

async function seedCatalog(tenant: TestTenant) {
  const ids = {
    pcs: newId(), box: newId(), goods: newId(), material: newId(), service: newId(), warehouseId: newId(),
    paper: newId(), resistor: newId(), consulting: newId(), s1: newId(), s2: newId(),
  };
  await inTenant({ tenantId: tenant.id }, async () => {
    await tx().insert(partners).values([
      { id: ids.s1, tenantId: tenant.id, code: 'S001', name: '深圳文具供应商', isSupplier: true },
      { id: ids.s2, tenantId: tenant.id, code: 'S002', name: '东莞电子元件厂', isSupplier: true },
    ]);
    await tx().insert(units).values([
      { id: ids.pcs, tenantId: tenant.id, code: 'PCS', name: '个', precision: 0 },
      { id: ids.box, tenantId: tenant.id, code: 'BOX', name: '箱', precision: 0 },
    ]);
    await tx().insert(itemCategories).values([
      { id: ids.goods, tenantId: tenant.id, code: 'OFFICE', name: '办公用品', itemClass: 'goods' },
      { id: ids.material, tenantId: tenant.id, code: 'RAW', name: '电子元器件', itemClass: 'material' },
      { id: ids.service, tenantId: tenant.id, code: 'SVC', name: '服务', itemClass: 'service' },
    ]);
    await tx().insert(warehouses).values({ id: ids.warehouseId, tenantId: tenant.id, code: 'WH01', name: '主仓库', isDefault: true });
    await tx().insert(items).values([
      { id: ids.paper, tenantId: tenant.id, code: 'P001', name: 'A4复印纸', spec: '70g 500张/包', categoryId: ids.goods, baseUnitId: ids.pcs, purchasePrice: '22.6', taxRate: '13', defaultSupplierId: ids.s1 },
      { id: ids.resistor, tenantId: tenant.id, code: 'R001', name: '贴片电阻', spec: '0603 10kΩ', categoryId: ids.material, baseUnitId: ids.pcs, purchasePrice: '1.13', taxRate: '13' },
      { id: ids.consulting, tenantId: tenant.id, code: 'SV01', name: '咨询服务', categoryId: ids.service, baseUnitId: ids.pcs, taxRate: '6', stocked: false },
    ]);
    await tx().insert(itemUnits).values({ tenantId: tenant.id, itemId: ids.paper, unitId: ids.box, factor: '24' });
  });
  return ids;
}

/** The stock balance of an item in a warehouse (zeros when none). */
export async function balanceOf(tenant: TestTenant, itemId: string, warehouseId: string) {
  const [row] = await inTenant({ tenantId: tenant.id }, () => tx().select().from(stockBalances)
    .where(and(eq(stockBalances.itemId, itemId), eq(stockBalances.warehouseId, warehouseId))));
  return { onHand: row?.onHand ?? '0.0000', incoming: row?.incoming ?? '0.0000', value: row?.value ?? '0.00' };
}

/** Approves every pending task of an approval in turn; returns the ids of who was asked at each step. */
export async function approveAll(t: TestContext, company: ProcurementCompany, viewer: TestUser, instanceId: string): Promise<string[][]> {
  const people = [company.gm, company.finHead, company.purHead, company.buyer, company.keeper, company.opsHead, company.employee];
  const steps: string[][] = [];
  const view = await apiAs(t, viewer);
  for (let guard = 0; guard < 10; guard++) {
    const detail = await view.get(`/approval/instances/${instanceId}`);
    if (detail.body.status !== 'running') return steps;
    const pending = (detail.body.tasks as { assignee: { id: string }; status: string }[]).filter((task) => task.status === 'pending');
    steps.push(pending.map((task) => task.assignee.id));
    const approver = people.find((p) => p.id === pending[0]?.assignee.id);
    if (!approver) throw new Error(`no known approver on ${instanceId}: ${JSON.stringify(detail.body.tasks)}`);
    const api = await apiAs(t, approver);
    const mine = await api.get(`/approval/instances/${instanceId}`);
    const acted = await api.post(`/approval/instances/${instanceId}/actions`, { action: 'approve', taskId: mine.body.myTask?.id, comment: '同意' });
    if (acted.status !== 200) throw new Error(`approve: ${acted.status} ${JSON.stringify(acted.body)}`);
  }
  throw new Error('approval did not finish');
}
