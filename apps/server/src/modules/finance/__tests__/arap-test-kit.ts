import { and, eq, sql } from 'drizzle-orm';
import type { EventEnvelope, EventMap, EventType } from '@triad/contracts';
import type { TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { setOutboxWriter } from '../../../platform/events/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { departments, roles, userRoles } from '../../org/index.ts';
import { seedRequestTypes } from '../../approval/index.ts';
import { ensureFinanceSetup } from '../application/ledger/index.ts';
import { finAccountBalances, finAccounts, finOpenItems, finPeriods, finVoucherLines, finVouchers } from '../infra/finance.tables.ts';

// Shared set-up of the arap, cash and cycle tests: a company with books, people and approvals.

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T & { error?: { code: string; message: string; details: unknown } };
}
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- response bodies are checked field by field

export interface Api {
  get(url: string): Promise<Reply<Loose>>;
  post(url: string, body?: unknown): Promise<Reply<Loose>>;
  patch(url: string, body: unknown): Promise<Reply<Loose>>;
}

export async function apiAs(t: TestContext, user: TestUser, locale = 'en-US'): Promise<Api> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': locale };
  const call = async (method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown): Promise<Reply<Loose>> => {
    const res = await t.app.inject({ method, url: `/api/v1${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: res.body ? res.json() : {} };
  };
  return { get: (u) => call('GET', u), post: (u, b) => call('POST', u, b ?? {}), patch: (u, b) => call('PATCH', u, b) };
}

export function captureEvents(): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  setOutboxWriter(async (_tx, pending) => { events.push(...pending.events); });
  return events;
}

export function payloadsOf<K extends EventType>(events: readonly EventEnvelope[], type: K): EventMap[K][] {
  return events.filter((e) => e.type === type).map((e) => e.payload as EventMap[K]);
}

async function giveRoleCode(tenant: TestTenant, userId: string, code: string): Promise<void> {
  await inTenant({ tenantId: tenant.id }, async () => {
    let [role] = await tx().select().from(roles).where(eq(roles.code, code));
    if (!role) [role] = await tx().insert(roles).values({ id: newId(), tenantId: tenant.id, code, name: code }).returning();
    if (role) await tx().insert(userRoles).values({ tenantId: tenant.id, userId, roleId: role.id });
  });
}

const financeWork = ['partner.read', 'partner.manage', 'finance.voucher.read', 'finance.report.read', 'finance.arap.read', 'finance.arap.manage', 'finance.payment.request', 'finance.cash.manage'];

/** Every month of `year` open, whatever today is, so tests can post on fixed dates. */
export async function openYear(tenant: TestTenant, year: number): Promise<void> {
  await inTenant({ tenantId: tenant.id }, () => tx().insert(finPeriods)
    .values(Array.from({ length: 12 }, (_, i) => ({ tenantId: tenant.id, period: year * 100 + i + 1 })))
    .onConflictDoNothing());
}

/**
 * 总经理 (gm, heads the company) · 财务部 head 李财 · accountant 王会 (enters invoices, payments) ·
 * cashier 赵出 (executes) · purchaser 陈采 in 采购部 under 刘采购 (raises payment requests).
 * Books set up, the standard request types seeded, 2026 open.
 */
export async function financeCompany(name = '财务测试公司') {
  const tenant = await createTenant(name);
  const root = await createDepartment(tenant, name);
  const fin = await createDepartment(tenant, '财务部', root);
  const pur = await createDepartment(tenant, '采购部', root);
  const hra = await createDepartment(tenant, '人事行政部', root);
  const gm = await createUser(tenant, { displayName: '张总', permissions: [], departmentId: root });
  const finHead = await createUser(tenant, { displayName: '李财', permissions: financeWork, departmentId: fin, superiorId: gm.id });
  const accountant = await createUser(tenant, { displayName: '王会', permissions: financeWork, departmentId: fin, superiorId: finHead.id });
  const cashier = await createUser(tenant, { displayName: '赵出', permissions: [...financeWork, 'finance.payment.execute'], departmentId: fin, superiorId: finHead.id });
  const purHead = await createUser(tenant, { displayName: '刘采购', permissions: [], departmentId: pur, superiorId: gm.id });
  const purchaser = await createUser(tenant, { displayName: '陈采', permissions: ['partner.read', 'finance.payment.request'], departmentId: pur, superiorId: purHead.id });
  const outsider = await createUser(tenant, { displayName: '无权限', permissions: [], departmentId: root });
  await giveRoleCode(tenant, gm.id, 'gm');
  await giveRoleCode(tenant, finHead.id, 'finance');
  for (const [department, head] of [[root, gm.id], [fin, finHead.id], [pur, purHead.id]] as const) {
    await inTenant({ tenantId: tenant.id }, () => tx().update(departments).set({ headUserId: head }).where(eq(departments.id, department)));
  }
  await inTenant({ tenantId: tenant.id, userId: gm.id }, async () => {
    await ensureFinanceSetup();
    await seedRequestTypes({ financeDepartmentId: fin, procurementDepartmentId: pur, adminDepartmentId: hra });
  });
  await openYear(tenant, 2026);
  return { tenant, departments: { root, fin, pur, hra }, gm, finHead, accountant, cashier, purHead, purchaser, outsider };
}
export type FinanceCompany = Awaited<ReturnType<typeof financeCompany>>;

export async function accountId(tenant: TestTenant, code: string): Promise<string> {
  const [row] = await inTenant({ tenantId: tenant.id }, () => tx().select({ id: finAccounts.id }).from(finAccounts).where(eq(finAccounts.code, code)));
  if (!row) throw new Error(`no account ${code}`);
  return row.id;
}

/** Σ debit − credit of an account (and its sub-accounts) over all periods, from the period balances. */
export async function balanceOf(tenant: TestTenant, code: string): Promise<string> {
  const [row] = await inTenant({ tenantId: tenant.id }, () => tx().select({ v: sql<string>`coalesce(sum(${finAccountBalances.debit} - ${finAccountBalances.credit}), 0)::numeric(20,2)::text` })
    .from(finAccountBalances).innerJoin(finAccounts, eq(finAccounts.id, finAccountBalances.accountId))
    .where(sql`${finAccounts.code} like ${`${code}%`}`));
  return row?.v ?? '0.00';
}

export async function openItemRow(tenant: TestTenant, id: string) {
  const [row] = await inTenant({ tenantId: tenant.id }, () => tx().select().from(finOpenItems).where(and(eq(finOpenItems.id, id))));
  return row;
}

/** A partner through the API (customer and/or supplier). */
export async function newPartner(api: Api, code: string, name: string, roles: { customer?: boolean; supplier?: boolean }, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await api.post('/partners', { code, name, isCustomer: roles.customer ?? false, isSupplier: roles.supplier ?? false, ...extra });
  if (res.status !== 201) throw new Error(`partner: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

export interface InvoiceLine { description: string; accountId: string; quantity: string; price: string; taxRate?: string; departmentId?: string }

export async function newInvoice(api: Api, body: { kind: 'receivable' | 'payable'; partnerId: string; documentDate: string; dueDate?: string; taxInclusive?: boolean; lines: InvoiceLine[] }) {
  const res = await api.post('/finance/invoices', body);
  if (res.status !== 201) throw new Error(`invoice: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Lines of a voucher as [account code, debit, credit, partner?, taxRate?, cashFlowCategory?]. */
export async function voucherLines(tenant: TestTenant, voucherId: string) {
  const rows = await inTenant({ tenantId: tenant.id }, () => tx().select({
    code: finAccounts.code, debit: finVoucherLines.debit, credit: finVoucherLines.credit, partnerId: finVoucherLines.partnerId,
    departmentId: finVoucherLines.departmentId, taxRate: finVoucherLines.taxRate, cashFlowCategory: finVoucherLines.cashFlowCategory,
  }).from(finVoucherLines).innerJoin(finAccounts, eq(finAccounts.id, finVoucherLines.accountId))
    .where(eq(finVoucherLines.voucherId, voucherId)).orderBy(finVoucherLines.lineNo));
  return rows;
}

export async function voucherOf(tenant: TestTenant, voucherId: string) {
  const [row] = await inTenant({ tenantId: tenant.id }, () => tx().select().from(finVouchers).where(eq(finVouchers.id, voucherId)));
  return row;
}

/** Acts on an approval through the API as `user`: approve or reject their pending task. */
export async function decide(t: TestContext, user: TestUser, instanceId: string, action: 'approve' | 'reject'): Promise<Reply<Loose>> {
  const api = await apiAs(t, user);
  const detail = await api.get(`/approval/instances/${instanceId}`);
  const taskId = detail.body.myTask?.id as string | undefined;
  if (!taskId) throw new Error(`${user.username} has no task on ${instanceId}: ${JSON.stringify(detail.body)}`);
  return api.post(`/approval/instances/${instanceId}/actions`, { action, taskId, comment: action === 'reject' ? '资料不全' : '同意' });
}

/** Runs a finance event handler on a captured event, as the delivery worker would after commit. */
export async function deliver<K extends EventType>(events: readonly EventEnvelope[], type: K, documentId: string, handler: (e: EventEnvelope<K>) => Promise<void>): Promise<void> {
  const event = events.find((e) => e.type === type && (e.payload as { documentRef?: { id: string } | null }).documentRef?.id === documentId) as EventEnvelope<K> | undefined;
  if (!event) throw new Error(`no ${type} event for ${documentId}`);
  await inTenant({ tenantId: event.tenantId, userId: event.actorUserId }, () => handler(event));
}
