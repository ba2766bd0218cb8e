import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope, InstanceDetail } from '@triad/contracts';
import { createTestApp, type TestContext } from '../../../testing/test-app.ts';
import { apiAs, captureEvents, company, expenseForm, myTaskId, notificationTitles, type Api, type Company } from './approval-test-kit.ts';

let t: TestContext;
let c: Company;
let events: EventEnvelope[] = [];
let as: Record<'employee' | 'salesHead' | 'finHead' | 'accountant' | 'gm' | 'colleague' | 'admin', Api>;

beforeAll(async () => {
  t = await createTestApp();
  events = captureEvents();
  c = await company();
  as = {
    employee: await apiAs(t, c.employee), salesHead: await apiAs(t, c.salesHead), finHead: await apiAs(t, c.finHead),
    accountant: await apiAs(t, c.accountant), gm: await apiAs(t, c.gm), colleague: await apiAs(t, c.colleague), admin: await apiAs(t, c.admin),
  };
});
afterAll(async () => { await t.close(); });

async function submitExpense(amount = '300.00'): Promise<InstanceDetail> {
  const res = await as.employee.post<InstanceDetail>('/instances', { requestTypeId: await c.typeId('expense'), form: expenseForm(amount) });
  expect(res.status, JSON.stringify(res.body.error)).toBe(201);
  return res.body;
}

const act = (api: Api, id: string, body: Record<string, unknown>) => api.post<InstanceDetail>(`/instances/${id}/actions`, body);

describe('approval runtime: the expense claim', () => {
  it('goes department head → finance → approved; the initiator is told and the events fire', async () => {
    const submitted = await submitExpense();
    expect(submitted.number).toMatch(/^APR-\d{6}-\d{4}$/);
    expect(submitted.title).toBe('徐明的报销');
    expect(submitted.status).toBe('running');
    expect(submitted.form.total).toBe('300.00');
    expect(await notificationTitles(c.tenant, c.salesHead.id)).toContain('待审批：徐明的报销');

    const forHead = await as.salesHead.get<InstanceDetail>(`/instances/${submitted.id}`);
    const approved1 = await act(as.salesHead, submitted.id, { action: 'approve', taskId: myTaskId(forHead), comment: '同意' });
    expect(approved1.status).toBe(200);
    expect(approved1.body.status).toBe('running');

    // 或签 among the finance role: either finance person may decide.
    const forFinance = await as.accountant.get<InstanceDetail>(`/instances/${submitted.id}`);
    expect(forFinance.body.fieldAccess.items).toBe('edit');
    const done = await act(as.accountant, submitted.id, {
      action: 'approve', taskId: myTaskId(forFinance),
      formPatch: { items: [{ category: 'transport', date: '2026-11-20', amount: '280.00' }] },
    });
    expect(done.status, JSON.stringify(done.body.error)).toBe(200);
    expect(done.body.status).toBe('approved');
    expect(done.body.form.total).toBe('280.00');
    expect(done.body.finishedAt).not.toBeNull();
    expect(done.body.tasks.find((x) => x.assignee.id === c.finHead.id)?.status).toBe('cancelled');
    expect(await notificationTitles(c.tenant, c.employee.id)).toContain('审批已通过：徐明的报销');
    const mine = events.filter((e) => (e.payload as { instanceId?: string }).instanceId === submitted.id).map((e) => e.type);
    expect(mine).toEqual(['approval.instance.submitted', 'approval.instance.approved']);
  });

  it('large claims add the general manager; a rejection ends it', async () => {
    const submitted = await submitExpense('8000.00');
    await act(as.salesHead, submitted.id, { action: 'approve', taskId: myTaskId(await as.salesHead.get(`/instances/${submitted.id}`)) });
    const forGm = await as.gm.get<InstanceDetail>(`/instances/${submitted.id}`);
    expect(forGm.body.myTask?.nodeId).toBe('expense-gm');
    const rejected = await act(as.gm, submitted.id, { action: 'reject', taskId: myTaskId(forGm), comment: '超预算' });
    expect(rejected.body.status).toBe('rejected');
    expect(rejected.body.timeline.map((e) => e.action)).toEqual(['submit', 'approve', 'reject']);
    expect(rejected.body.diagram.nodes.find((n) => n.id === 'expense-gm')?.kind).toBe('approver');
  });

  it('return to the initiator, who corrects and resubmits', async () => {
    const submitted = await submitExpense();
    const returned = await act(as.salesHead, submitted.id, { action: 'return', taskId: myTaskId(await as.salesHead.get(`/instances/${submitted.id}`)), comment: '缺发票' });
    expect(returned.body.status).toBe('returned');
    const again = await act(as.employee, submitted.id, { action: 'resubmit', form: expenseForm('310.00') });
    expect(again.status, JSON.stringify(again.body.error)).toBe(200);
    expect(again.body.status).toBe('running');
    expect(again.body.form.total).toBe('310.00');
    expect((await as.salesHead.get<InstanceDetail>(`/instances/${submitted.id}`)).body.myTask).not.toBeNull();
  });

  it('withdraw by the initiator only', async () => {
    const submitted = await submitExpense();
    expect((await act(as.salesHead, submitted.id, { action: 'withdraw' })).status).toBe(403);
    const withdrawn = await act(as.employee, submitted.id, { action: 'withdraw' });
    expect(withdrawn.body.status).toBe('withdrawn');
    expect(events.some((e) => e.type === 'approval.instance.withdrawn' && (e.payload as { instanceId: string }).instanceId === submitted.id)).toBe(true);
  });

  it('transfer and delegate hand the task to someone else', async () => {
    const submitted = await submitExpense();
    const task = myTaskId(await as.salesHead.get(`/instances/${submitted.id}`));
    const transferred = await act(as.salesHead, submitted.id, { action: 'transfer', taskId: task, toUserId: c.gm.id });
    expect(transferred.status, JSON.stringify(transferred.body.error)).toBe(200);
    const gmView = await as.gm.get<InstanceDetail>(`/instances/${submitted.id}`);
    const delegated = await act(as.gm, submitted.id, { action: 'delegate', taskId: myTaskId(gmView), toUserId: c.colleague.id });
    expect(delegated.status).toBe(200);
    const colleagueView = await as.colleague.get<InstanceDetail>(`/instances/${submitted.id}`);
    expect(colleagueView.body.myTask?.kind).toBe('delegate');
    await act(as.colleague, submitted.id, { action: 'approve', taskId: myTaskId(colleagueView), comment: '建议同意' });
    // The decision comes back to the delegator.
    const back = await as.gm.get<InstanceDetail>(`/instances/${submitted.id}`);
    expect((await act(as.gm, submitted.id, { action: 'approve', taskId: myTaskId(back) })).body.status).toBe('running');
  });

  it('add a signer after, then remove another before they act', async () => {
    const submitted = await submitExpense();
    const task = myTaskId(await as.salesHead.get(`/instances/${submitted.id}`));
    const added = await act(as.salesHead, submitted.id, { action: 'addSigner', taskId: task, userIds: [c.colleague.id, c.gm.id], position: 'before' });
    expect(added.status, JSON.stringify(added.body.error)).toBe(200);
    const gmTask = added.body.tasks.find((x) => x.assignee.id === c.gm.id);
    const removed = await act(as.salesHead, submitted.id, { action: 'removeSigner', taskId: task, removeTaskId: gmTask?.id });
    expect(removed.status, JSON.stringify(removed.body.error)).toBe(200);
    expect(removed.body.tasks.find((x) => x.id === gmTask?.id)?.status).toBe('cancelled');
  });

  it('urging is rate limited (429)', async () => {
    const submitted = await submitExpense();
    expect((await act(as.employee, submitted.id, { action: 'urge' })).status).toBe(200);
    const again = await act(as.employee, submitted.id, { action: 'urge' });
    expect(again.status).toBe(429);
    expect(again.body.error?.code).toBe('approval.rule.URGE_TOO_SOON');
  });

  it('outsiders get 404, participants without the task 403', async () => {
    const submitted = await submitExpense();
    expect((await as.colleague.get(`/instances/${submitted.id}`)).status).toBe(404);
    const task = myTaskId(await as.salesHead.get(`/instances/${submitted.id}`));
    expect((await act(as.colleague, submitted.id, { action: 'approve', taskId: task })).status).toBe(404);
    expect((await act(as.employee, submitted.id, { action: 'approve', taskId: task })).status).toBe(403);
    expect((await as.admin.get(`/instances/${submitted.id}`)).status).toBe(200);
  });

  it('two approvals of one task at once: exactly one wins, the other gets 409', async () => {
    const submitted = await submitExpense();
    const task = myTaskId(await as.salesHead.get(`/instances/${submitted.id}`));
    const replies = await Promise.all([act(as.salesHead, submitted.id, { action: 'approve', taskId: task }), act(as.salesHead, submitted.id, { action: 'approve', taskId: task })]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(replies.find((r) => r.status === 409)?.body.error?.code).toBe('approval.task.alreadyDecided');
  });

  it('invalid form values are refused with 400 and the field named', async () => {
    const res = await as.employee.post('/instances', { requestTypeId: await c.typeId('expense'), form: { items: [{ category: 'travel', date: '2026-11-20', amount: '1.234' }] } });
    expect(res.status).toBe(400);
    expect(res.body.error?.code).toBe('approval.rule.INVALID_FORM');
  });
});
