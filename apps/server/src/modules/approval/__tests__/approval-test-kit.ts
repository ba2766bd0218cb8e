import { and, eq } from 'drizzle-orm';
import type { EventEnvelope, InstanceDetail } from '@triad/contracts';
import type { TestContext } from '../../../testing/test-app.ts';
import { createDepartment, createTenant, createUser, sessionHeaders, type TestTenant, type TestUser } from '../../../testing/fixtures.ts';
import { newId } from '../../../platform/db/index.ts';
import { setOutboxWriter } from '../../../platform/events/index.ts';
import { notifications } from '../../../platform/notify/index.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { departments, roles, userRoles } from '../../org/index.ts';
import { seedRequestTypes } from '../index.ts';
import { approvalRequestTypes } from '../infra/approval.tables.ts';

type Loose = Record<string, unknown>;
export interface Reply<T = Loose> {
  status: number;
  /** The success shape the test expects; on failure only `error` is there. */
  body: T & { error?: { code: string; message: string; details: unknown } };
}

export interface Api {
  get<T = Loose>(url: string): Promise<Reply<T>>;
  post<T = Loose>(url: string, body?: unknown): Promise<Reply<T>>;
  put<T = Loose>(url: string, body: unknown): Promise<Reply<T>>;
  del<T = Loose>(url: string): Promise<Reply<T>>;
}

export async function apiAs(t: TestContext, user: TestUser, locale = 'en-US'): Promise<Api> {
  const headers = { ...(await sessionHeaders(user)), 'accept-language': locale };
  const call = async <T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<Reply<T>> => {
    const res = await t.app.inject({ method, url: `/api/v1/approval${url}`, headers, ...(body === undefined ? {} : { payload: body as object }) });
    return { status: res.statusCode, body: (res.body ? res.json() : {}) as Reply<T>['body'] };
  };
  return {
    get: <T>(u: string) => call<T>('GET', u),
    post: <T>(u: string, b?: unknown) => call<T>('POST', u, b ?? {}),
    put: <T>(u: string, b: unknown) => call<T>('PUT', u, b),
    del: <T>(u: string) => call<T>('DELETE', u),
  };
}

/** Events committed by the commands, captured at the outbox (jobs are dropped). */
export function captureEvents(): EventEnvelope[] {
  const events: EventEnvelope[] = [];
  setOutboxWriter(async (_tx, pending) => { events.push(...pending.events); });
  return events;
}

async function giveRoleCode(tenant: TestTenant, userId: string, code: string): Promise<void> {
  await inTenant({ tenantId: tenant.id }, async () => {
    let [role] = await tx().select().from(roles).where(eq(roles.code, code));
    if (!role) {
      [role] = await tx().insert(roles).values({ id: newId(), tenantId: tenant.id, code, name: code }).returning();
    }
    if (role) await tx().insert(userRoles).values({ tenantId: tenant.id, userId, roleId: role.id });
  });
}

async function setHead(tenant: TestTenant, departmentId: string, userId: string): Promise<void> {
  await inTenant({ tenantId: tenant.id }, () => tx().update(departments).set({ headUserId: userId }).where(eq(departments.id, departmentId)));
}

/**
 * A small company: 总经理 (gm) heads the root; 财务部 head 李财 (finance) with accountant 王会 (finance);
 * 销售部 head 吴经理 reports to the gm; 徐明 (sales) reports to 吴经理; an administrator (`*`).
 * The five standard request types are seeded and published.
 */
export async function company(name = '测试公司') {
  const tenant = await createTenant(name);
  const root = await createDepartment(tenant, name);
  const fin = await createDepartment(tenant, '财务部', root);
  const pur = await createDepartment(tenant, '采购部', root);
  const hra = await createDepartment(tenant, '人事行政部', root);
  const sales = await createDepartment(tenant, '销售部', root);
  const admin = await createUser(tenant, { displayName: '管理员', permissions: ['*'], departmentId: root });
  const gm = await createUser(tenant, { displayName: '张总', permissions: [], departmentId: root });
  const finHead = await createUser(tenant, { displayName: '李财', permissions: [], departmentId: fin, superiorId: gm.id });
  const accountant = await createUser(tenant, { displayName: '王会', permissions: [], departmentId: fin, superiorId: finHead.id });
  const salesHead = await createUser(tenant, { displayName: '吴经理', permissions: [], departmentId: sales, superiorId: gm.id });
  const employee = await createUser(tenant, { displayName: '徐明', permissions: [], departmentId: sales, superiorId: salesHead.id });
  const colleague = await createUser(tenant, { displayName: '孙丽', permissions: [], departmentId: sales, superiorId: salesHead.id });
  await giveRoleCode(tenant, gm.id, 'gm');
  await giveRoleCode(tenant, finHead.id, 'finance');
  await giveRoleCode(tenant, accountant.id, 'finance');
  await setHead(tenant, root, gm.id);
  await setHead(tenant, fin, finHead.id);
  await setHead(tenant, sales, salesHead.id);
  await inTenant({ tenantId: tenant.id, userId: admin.id }, () =>
    seedRequestTypes({ financeDepartmentId: fin, procurementDepartmentId: pur, adminDepartmentId: hra }));
  const typeId = async (code: string): Promise<string> => {
    const [row] = await inTenant({ tenantId: tenant.id }, () => tx().select().from(approvalRequestTypes).where(eq(approvalRequestTypes.code, code)));
    if (!row) throw new Error(`no request type ${code}`);
    return row.id;
  };
  return { tenant, departments: { root, fin, pur, hra, sales }, admin, gm, finHead, accountant, salesHead, employee, colleague, typeId };
}

export type Company = Awaited<ReturnType<typeof company>>;

export function expenseForm(amount = '300.00') {
  return { items: [{ category: 'travel', date: '2026-11-20', amount }], reason: '客户拜访差旅' };
}

export async function notificationTitles(tenant: TestTenant, userId: string): Promise<string[]> {
  const rows = await inTenant({ tenantId: tenant.id }, () => tx().select({ title: notifications.title }).from(notifications)
    .where(and(eq(notifications.userId, userId))));
  return rows.map((r) => r.title);
}

/** The caller's pending task id on an instance (from the detail view). */
export function myTaskId(detail: Reply<InstanceDetail>): string {
  const id = detail.body.myTask?.id;
  if (typeof id !== 'string') throw new Error(`no task for the caller: ${JSON.stringify(detail.body.error ?? detail.body.myTask)}`);
  return id;
}
