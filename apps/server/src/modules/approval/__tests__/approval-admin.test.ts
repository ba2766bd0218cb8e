import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceDetail, RequestTypeDetail } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { AppError } from '../../../platform/http/index.ts';
import { inTenant } from '../../../platform/tx/index.ts';
import { approvalOf, assertApproved, submitForDocument } from '../index.ts';
import { reassignLeaver } from '../application/reassign-tasks.ts';
import { runApprovalTimeout } from '../application/timeout.job.ts';
import { apiAs, captureEvents, company, expenseForm, myTaskId, notificationTitles, type Api, type Company } from './approval-test-kit.ts';

let t: TestContext;
let c: Company;
let as: Record<'employee' | 'salesHead' | 'accountant' | 'gm' | 'colleague' | 'admin', Api>;

beforeAll(async () => {
  t = await createTestApp();
  captureEvents();
  c = await company();
  as = {
    employee: await apiAs(t, c.employee), salesHead: await apiAs(t, c.salesHead), accountant: await apiAs(t, c.accountant),
    gm: await apiAs(t, c.gm), colleague: await apiAs(t, c.colleague), admin: await apiAs(t, c.admin),
  };
});
afterAll(async () => { await t.close(); });

const submit = async (api: Api, code: string, form: Record<string, unknown>): Promise<InstanceDetail> => {
  const res = await api.post<InstanceDetail>('/instances', { requestTypeId: await c.typeId(code), form });
  expect(res.status, JSON.stringify(res.body.error)).toBe(201);
  return res.body;
};
const act = (api: Api, id: string, body: Record<string, unknown>) => api.post<InstanceDetail>(`/instances/${id}/actions`, body);
const definitionWith = (nodes: unknown[]) => ({
  schemaVersion: 1, settings: { emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'consecutive', urgeIntervalMinutes: 30 },
  start: { id: 'start', type: 'start', name: '发起人' }, nodes,
});
const formSchema = { fields: [{ key: 'content', type: 'text', label: '内容', required: true }] };

describe('request types: design, validate, publish', () => {
  it('refuses an invalid draft with node errors, publishes versions, and running instances keep theirs', async () => {
    const created = await as.admin.post<RequestTypeDetail>('/request-types', { code: 'travelPlan', name: '出差申请', category: 'custom' });
    expect(created.status, JSON.stringify(created.body.error)).toBe(201);
    const id = created.body.id;
    expect(created.body.published).toBeNull();
    expect((await as.employee.post('/request-types', { code: 'x1', name: 'x', category: 'custom' })).status).toBe(403);

    const bad = definitionWith([{ id: 'n1', type: 'approver', name: '审批', source: { kind: 'superiors', levels: 99 }, mode: 'any' }]);
    expect((await as.admin.put(`/request-types/${id}/draft`, { formSchema, definition: bad })).status).toBe(200);
    const checked = await as.admin.post<{ errors: Array<{ nodeId: string; code: string; message: string }> }>(`/request-types/${id}/validate`);
    expect(checked.body.errors.map((e) => e.nodeId)).toContain('n1');
    const refused = await as.admin.post(`/request-types/${id}/publish`);
    expect(refused.status).toBe(400);
    expect(refused.body.error?.code).toBe('approval.definition.invalid');
    expect(Array.isArray(refused.body.error?.details)).toBe(true);

    const v1 = definitionWith([{ id: 'n1', type: 'approver', name: '主管审批', source: { kind: 'initiatorDepartmentHead', level: 1 }, mode: 'any' }]);
    await as.admin.put(`/request-types/${id}/draft`, { formSchema, definition: v1 });
    expect((await as.admin.post(`/request-types/${id}/publish`)).body).toEqual({ version: 1 });
    const running = await submit(as.employee, 'travelPlan', { content: '去上海' });
    const v2 = definitionWith([{ id: 'n2', type: 'approver', name: '总经理审批', source: { kind: 'role', roleCode: 'gm' }, mode: 'any' }]);
    await as.admin.put(`/request-types/${id}/draft`, { formSchema, definition: v2 });
    expect((await as.admin.post(`/request-types/${id}/publish`)).body).toEqual({ version: 2 });

    const old = await as.salesHead.get<InstanceDetail>(`/instances/${running.id}`);
    expect(old.body.requestType.version).toBe(1);
    expect(old.body.myTask?.nodeId).toBe('n1');
    expect((await submit(as.employee, 'travelPlan', { content: '去北京' })).requestType.version).toBe(2);
    const listed = await as.employee.get<{ items: Array<{ code: string; publishedVersion: number }> }>('/request-types');
    expect(listed.body.items.find((i) => i.code === 'travelPlan')?.publishedVersion).toBe(2);
  });

  it('previews the route of a form', async () => {
    const res = await as.employee.post<{ nodes: Array<{ nodeId: string; approvers: Array<{ id: string }> }> }>(
      `/request-types/${await c.typeId('expense')}/preview`, { form: expenseForm('9000.00') });
    expect(res.status, JSON.stringify(res.body.error)).toBe(200);
    expect(res.body.nodes.map((n) => n.nodeId)).toEqual(['dept-head', 'expense-gm', 'expense-finance']);
    expect(res.body.nodes[0]?.approvers.map((a) => a.id)).toEqual([c.salesHead.id]);
  });
});

describe('delegation, leavers, timeouts', () => {
  it('an out-of-office delegation routes new tasks to the delegate', async () => {
    const now = Date.now();
    const made = await as.salesHead.post<{ id: string }>('/delegations', {
      delegateId: c.colleague.id, startsAt: new Date(now - 60_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString(),
    });
    expect(made.status, JSON.stringify(made.body.error)).toBe(201);
    const submitted = await submit(as.employee, 'expense', expenseForm());
    const view = await as.colleague.get<InstanceDetail>(`/instances/${submitted.id}`);
    const task = view.body.tasks.find((x) => x.id === view.body.myTask?.id);
    expect(task?.onBehalfOf?.id).toBe(c.salesHead.id);
    expect((await as.salesHead.del(`/delegations/${made.body.id}`)).status).toBe(200);
    expect((await as.colleague.post('/delegations', { delegateId: c.gm.id, startsAt: new Date(now).toISOString(), endsAt: new Date(now + 1000).toISOString(), userId: c.salesHead.id })).status).toBe(403);
  });

  it('disabling a user hands their open tasks to their superior; an administrator can reassign by hand', async () => {
    const submitted = await submit(as.employee, 'expense', expenseForm());
    const moved = await inTenant({ tenantId: c.tenant.id }, () => reassignLeaver(c.salesHead.id));
    expect(moved.tasks).toBeGreaterThanOrEqual(1);
    const gmView = await as.gm.get<InstanceDetail>(`/instances/${submitted.id}`);
    expect(gmView.body.myTask?.nodeId).toBe('dept-head');
    const back = await as.admin.post<{ instances: number; tasks: number }>('/reassign', { fromUserId: c.gm.id, toUserId: c.salesHead.id });
    expect(back.status).toBe(200);
    expect(back.body.tasks).toBeGreaterThanOrEqual(1);
    expect((await as.employee.post('/reassign', { fromUserId: c.gm.id, toUserId: c.salesHead.id })).status).toBe(403);
  });

  it('a timeout job reminds, then escalates; a late job changes nothing', async () => {
    const submitted = await submit(as.employee, 'expense', expenseForm());
    await act(as.salesHead, submitted.id, { action: 'approve', taskId: myTaskId(await as.salesHead.get(`/instances/${submitted.id}`)) });
    const task = myTaskId(await as.accountant.get(`/instances/${submitted.id}`));
    const job = { tenantId: c.tenant.id, instanceId: submitted.id, taskId: task };
    await runApprovalTimeout(job, new Date(Date.now() + 25 * 3_600_000));
    expect(await notificationTitles(c.tenant, c.accountant.id)).toContain('审批即将超时：徐明的报销');
    await runApprovalTimeout(job, new Date(Date.now() + 73 * 3_600_000));
    const after = await as.admin.get<InstanceDetail>(`/instances/${submitted.id}`);
    expect(after.body.tasks.find((x) => x.id === task)?.status).toBe('transferred');
    expect(after.body.timeline.map((e) => e.action)).toContain('timeoutEscalate');
    await runApprovalTimeout(job, new Date(Date.now() + 99 * 3_600_000));
    expect((await as.admin.get<InstanceDetail>(`/instances/${submitted.id}`)).body.timeline.length).toBe(after.body.timeline.length);
  });
});

describe('documents, inbox, isolation', () => {
  it('a bound document is not approved until its approval passes', async () => {
    const doc = { type: 'purchaseRequest', id: '019aa000-0000-7000-8000-000000000001', number: 'PR-202611-0001' };
    const ctx = { tenantId: c.tenant.id, userId: c.employee.id };
    const instanceId = await inTenant(ctx, () => submitForDocument({ requestTypeCode: 'expense', documentRef: doc, form: expenseForm(), initiatorId: c.employee.id }));
    await expect(inTenant(ctx, () => assertApproved(doc.type, doc.id))).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'approval.document.notApproved');
    await expect(inTenant(ctx, () => submitForDocument({ requestTypeCode: 'expense', documentRef: doc, form: expenseForm(), initiatorId: c.employee.id })))
      .rejects.toSatisfy((e) => e instanceof AppError && e.code === 'approval.document.alreadyRunning');
    await act(as.salesHead, instanceId, { action: 'approve', taskId: myTaskId(await as.salesHead.get(`/instances/${instanceId}`)) });
    await act(as.accountant, instanceId, { action: 'approve', taskId: myTaskId(await as.accountant.get(`/instances/${instanceId}`)) });
    await inTenant(ctx, () => assertApproved(doc.type, doc.id));
    expect(await inTenant(ctx, () => approvalOf(doc.type, doc.id))).toEqual({ instanceId, status: 'approved' });
    expect((await as.employee.get<InstanceDetail>(`/instances/${instanceId}`)).body.documentRef).toEqual(doc);
  });

  it('inbox boxes, counts and bulk approval', async () => {
    const a = await submit(as.colleague, 'expense', expenseForm());
    const b = await submit(as.colleague, 'expense', expenseForm('12.00'));
    const before = await as.salesHead.get<{ todo: number; done: number }>('/inbox/counts');
    const todo = await as.salesHead.get<{ items: Array<{ instanceId: string; taskId: string }>; nextCursor: string | null }>('/inbox?box=todo&limit=1');
    expect(todo.status, JSON.stringify(todo.body.error)).toBe(200);
    expect(todo.body.items).toHaveLength(1);
    expect(todo.body.nextCursor).not.toBeNull();
    const page2 = await as.salesHead.get<{ items: Array<{ instanceId: string }> }>(`/inbox?box=todo&limit=1&cursor=${todo.body.nextCursor}`);
    expect(page2.body.items[0]?.instanceId).not.toBe(todo.body.items[0]?.instanceId);
    const tasks = [a, b].map((i) => i.tasks.find((x) => x.assignee.id === c.salesHead.id && x.status === 'pending')?.id);
    const bulk = await as.salesHead.post<{ approved: string[]; failed: unknown[] }>('/tasks/bulk-approve', { taskIds: tasks });
    expect(bulk.body.approved.sort()).toEqual([...tasks].sort());
    const after = await as.salesHead.get<{ todo: number; done: number }>('/inbox/counts');
    expect(after.body.todo).toBe(before.body.todo - 2);
    expect(after.body.done).toBe(before.body.done + 2);
    const initiated = await as.colleague.get<{ items: Array<{ instanceId: string }> }>(`/inbox?box=initiated&q=${encodeURIComponent('孙丽')}`);
    expect(initiated.body.items.map((i) => i.instanceId)).toEqual([b.id, a.id]);
    expect((await as.colleague.get('/inbox?box=bogus')).status).toBe(400);
  });

  it("another company's instance is 404", async () => {
    const submitted = await submit(as.employee, 'expense', expenseForm());
    const other = await company('别家公司');
    const outsider = await apiAs(t, other.admin);
    expect((await outsider.get(`/instances/${submitted.id}`)).status).toBe(404);
    expect((await act(outsider, submitted.id, { action: 'withdraw' })).status).toBe(404);
  });
});
