import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceDetail, RequestTypeSummary } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import type { TestUser } from '../../../testing/fixtures.ts';
import { asSystem } from '../../../platform/tx/index.ts';
import { ensureDemo } from '../../../setup/ensure-demo.ts';
import { users } from '../../org/index.ts';
import { apiAs, expenseForm, myTaskId } from './approval-test-kit.ts';

let t: TestContext;
beforeAll(async () => {
  t = await createTestApp();
  await ensureDemo({ skipDemo: false, adminPassword: undefined });
});
afterAll(async () => { await t.close(); });

async function demoUser(username: string): Promise<TestUser> {
  const [row] = await asSystem((db) => db.select().from(users).where(eq(users.username, username)));
  if (!row) throw new Error(`no demo user ${username}`);
  return { id: row.id, tenantId: row.tenantId, username, password: '', departmentId: row.departmentId, roleId: '' };
}

describe('the demo company', () => {
  it('offers employees the five request types (document reviews stay hidden), and an expense claim runs 销售经理 → 财务', async () => {
    const employee = await apiAs(t, await demoUser('xu.ming'));
    const types = await employee.get<{ items: RequestTypeSummary[] }>('/request-types');
    expect(types.body.items.map((i) => [i.code, i.category, i.publishedVersion])).toEqual([
      ['leave', 'leave', 1], ['expense', 'expense', 1], ['purchaseRequest', 'purchase', 1], ['suppliesRequest', 'supplies', 1], ['generalRequest', 'general', 1],
    ]);
    const expense = types.body.items.find((i) => i.code === 'expense');
    const submitted = await employee.post<InstanceDetail>('/instances', { requestTypeId: expense?.id, form: expenseForm() });
    expect(submitted.status, JSON.stringify(submitted.body.error)).toBe(201);
    const head = await apiAs(t, await demoUser('wu.xiaoli'));
    await head.post(`/instances/${submitted.body.id}/actions`, { action: 'approve', taskId: myTaskId(await head.get(`/instances/${submitted.body.id}`)) });
    const cashier = await apiAs(t, await demoUser('zhao.min'));
    const done = await cashier.post<InstanceDetail>(`/instances/${submitted.body.id}/actions`, { action: 'approve', taskId: myTaskId(await cashier.get(`/instances/${submitted.body.id}`)) });
    expect(done.body.status).toBe('approved');
  });

  it('starts 付款申请 only from its payment: designers see the type, a bare submission is refused', async () => {
    const admin = await apiAs(t, await demoUser('admin'));
    const types = await admin.get<{ items: RequestTypeSummary[] }>('/request-types');
    const payment = types.body.items.find((i) => i.code === 'financePayment');
    expect(payment?.category).toBe('document');
    const employee = await apiAs(t, await demoUser('xu.ming'));
    const bare = await employee.post<InstanceDetail>('/instances', { requestTypeId: payment?.id, form: { payee: '某公司', amount: '100.00', summary: '测试' } });
    expect(bare.status).toBe(409);
    expect(bare.body.error?.code).toBe('approval.requestType.documentOnly');
  });
});
