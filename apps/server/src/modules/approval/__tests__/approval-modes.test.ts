import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InstanceDetail, RequestTypeDetail } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { inTenant, tx } from '../../../platform/tx/index.ts';
import { approvalTasks } from '../infra/approval.tables.ts';
import { runApprovalTimeout } from '../application/timeout.job.ts';
import { apiAs, captureEvents, company, myTaskId, type Api, type Company } from './approval-test-kit.ts';

let t: TestContext;
let c: Company;
let typeId: string;
beforeAll(async () => {
  t = await createTestApp();
  captureEvents();
  c = await company();
  const admin = await apiAs(t, c.admin);
  const created = await admin.post<RequestTypeDetail>('/request-types', { code: 'contract', name: '合同审批', category: 'custom' });
  typeId = created.body.id;
  const definition = {
    schemaVersion: 1, settings: { emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'none', urgeIntervalMinutes: 30 },
    start: { id: 'start', type: 'start', name: '发起人' },
    nodes: [
      { id: 'countersign', type: 'approver', name: '财务会签', source: { kind: 'users', userIds: [c.finHead.id, c.accountant.id] }, mode: 'all' },
      { id: 'in-turn', type: 'approver', name: '依次审批', source: { kind: 'users', userIds: [c.gm.id, c.salesHead.id] }, mode: 'sequence' },
      { id: 'copy', type: 'cc', name: '抄送', sources: [{ kind: 'users', userIds: [c.colleague.id] }] },
    ],
  };
  const formSchema = { fields: [{ key: 'content', type: 'text', label: '内容', required: true }] };
  expect((await admin.put(`/request-types/${typeId}/draft`, { formSchema, definition })).status).toBe(200);
  expect((await admin.post(`/request-types/${typeId}/publish`)).status).toBe(200);
});
afterAll(async () => { await t.close(); });

const taskRows = (instanceId: string) => inTenant({ tenantId: c.tenant.id }, () =>
  tx().select({ assigneeId: approvalTasks.assigneeId, status: approvalTasks.status, nodeName: approvalTasks.nodeName })
    .from(approvalTasks).where(eq(approvalTasks.instanceId, instanceId)));
const statusOf = async (instanceId: string, userId: string) => (await taskRows(instanceId)).find((r) => r.assigneeId === userId)?.status;
const approve = async (api: Api, id: string) =>
  api.post<InstanceDetail>(`/instances/${id}/actions`, { action: 'approve', taskId: myTaskId(await api.get<InstanceDetail>(`/instances/${id}`)) });

describe('modes are persisted in the inbox projection', () => {
  it('countersign waits for all, sequence goes one by one, then CC recipients read it', async () => {
    const employee = await apiAs(t, c.employee);
    const submitted = await employee.post<InstanceDetail>('/instances', { requestTypeId: typeId, form: { content: '年度框架合同' } });
    expect(submitted.status, JSON.stringify(submitted.body.error)).toBe(201);
    const id = submitted.body.id;
    expect(await statusOf(id, c.finHead.id)).toBe('pending');
    expect(await statusOf(id, c.accountant.id)).toBe('pending');

    await approve(await apiAs(t, c.finHead), id);
    expect(await statusOf(id, c.accountant.id)).toBe('pending');
    expect(await statusOf(id, c.gm.id)).toBeUndefined();
    await approve(await apiAs(t, c.accountant), id);
    expect(await statusOf(id, c.gm.id)).toBe('pending');
    expect(await statusOf(id, c.salesHead.id)).toBe('queued');
    const salesHead = await apiAs(t, c.salesHead);
    expect((await salesHead.get<{ todo: number }>('/inbox/counts')).body.todo).toBe(0);

    await approve(await apiAs(t, c.gm), id);
    expect(await statusOf(id, c.salesHead.id)).toBe('pending');
    const done = await approve(salesHead, id);
    expect(done.body.status).toBe('approved');
    expect((await taskRows(id)).every((r) => r.status === 'approved')).toBe(true);
    expect((await taskRows(id)).find((r) => r.assigneeId === c.gm.id)?.nodeName).toBe('依次审批');

    const colleague = await apiAs(t, c.colleague);
    expect((await colleague.get('/inbox/counts')).body).toMatchObject({ cc: 1, ccUnread: 1 });
    const cc = await colleague.get<{ items: Array<{ instanceId: string; read: boolean }> }>('/inbox?box=cc');
    expect(cc.body.items).toEqual([expect.objectContaining({ instanceId: id, read: false })]);
    const seen = await colleague.get<InstanceDetail>(`/instances/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.ccUsers.map((u) => u.id)).toEqual([c.colleague.id]);
    expect(seen.body.diagram.nodes.map((n) => n.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect((await colleague.get('/inbox/counts')).body).toMatchObject({ cc: 1, ccUnread: 0 });
  });

  it('a node with an auto-approve timeout passes on its own once overdue', async () => {
    const admin = await apiAs(t, c.admin);
    const created = await admin.post<RequestTypeDetail>('/request-types', { code: 'overtime', name: '加班申请', category: 'custom' });
    const definition = {
      schemaVersion: 1, settings: { emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'none', urgeIntervalMinutes: 30 },
      start: { id: 'start', type: 'start', name: '发起人' },
      nodes: [{ id: 'boss', type: 'approver', name: '主管', source: { kind: 'initiatorDepartmentHead', level: 1 }, mode: 'any', timeout: { action: { kind: 'autoApprove', afterHours: 8 } } }],
    };
    await admin.put(`/request-types/${created.body.id}/draft`, { formSchema: { fields: [{ key: 'content', type: 'text', label: '内容' }] }, definition });
    expect((await admin.post(`/request-types/${created.body.id}/publish`)).status).toBe(200);
    const submitted = await (await apiAs(t, c.employee)).post<InstanceDetail>('/instances', { requestTypeId: created.body.id, form: {} });
    const task = submitted.body.tasks[0]?.id ?? '';
    const job = { tenantId: c.tenant.id, instanceId: submitted.body.id, taskId: task };
    await runApprovalTimeout(job, new Date(Date.now() + 3_600_000));
    expect(await statusOf(submitted.body.id, c.salesHead.id)).toBe('pending');
    await runApprovalTimeout(job, new Date(Date.now() + 9 * 3_600_000));
    const after = await admin.get<InstanceDetail>(`/instances/${submitted.body.id}`);
    expect(after.body.status).toBe('approved');
    expect(after.body.timeline.map((e) => e.action)).toEqual(['submit', 'timeoutApprove']);
  });
});
