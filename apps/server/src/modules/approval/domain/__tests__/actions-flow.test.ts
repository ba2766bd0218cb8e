import { describe, expect, it } from 'vitest';
import { applyAction } from '../apply-action.ts';
import type { FlowNode } from '../contracts.ts';
import { visibleForm } from '../field-access.ts';
import { returnTargetsOf } from '../queries.ts';
import {
  act, amountForm, approveAll, assignees, directoryWith, engineContext, expectRule, flow, hoursAfter, pendingOf, start, t0, users,
} from './approval.fixtures.ts';

const chain = flow([users('a', ['u-hu']), users('b', ['u-li']), users('c', ['u-lin'])]);

describe('who may act', () => {
  it('only the assignee acts on a task; anyone else is refused and nothing changes', () => {
    const ctx = engineContext();
    const state = start(chain, ctx).state;
    const taskId = pendingOf(state, 'u-hu').id;
    for (const type of ['approve', 'reject', 'transfer', 'delegate'] as const) {
      expectRule(() => applyAction(state, { type, taskId, actorId: 'u-li', toUserId: 'u-lin' }, ctx), 'NOT_ASSIGNEE');
    }
    expectRule(() => applyAction(state, { type: 'approve', taskId: 'nope', actorId: 'u-hu' }, ctx), 'TASK_NOT_FOUND');
    expect(state.revision).toBe(1);
  });

  it("an out-of-office delegate receives new tasks and may act on the absent user's existing ones", () => {
    const away = { userId: 'u-li', delegateId: 'u-wang', from: hoursAfter(t0, 1), to: hoursAfter(t0, 100) };
    const ctx = engineContext(directoryWith({ delegations: [away] }));
    // u-li's task exists before the absence starts …
    let state = start(flow([users('a', ['u-li']), users('b', ['u-li', 'u-lin'], 'all')], { dedupeApprovers: 'none' }), ctx).state;
    expect(pendingOf(state, 'u-li').onBehalfOf).toBeNull();
    ctx.tick(2);
    // … and during it u-wang may approve on u-li's behalf.
    state = act(state, { type: 'approve', taskId: pendingOf(state, 'u-li').id, actorId: 'u-wang' }, ctx);
    expect(state.history.at(-1)).toMatchObject({ action: 'approve', actorId: 'u-wang', onBehalfOf: 'u-li' });
    // New tasks for u-li go straight to u-wang, recorded as such.
    expect(pendingOf(state, 'u-wang')).toMatchObject({ onBehalfOf: 'u-li', nodeId: 'b' });
    expectRule(() => act(state, { type: 'approve', taskId: pendingOf(state, 'u-wang').id, actorId: 'u-zhao' }, ctx), 'NOT_ASSIGNEE');
  });
});

describe('approve with field edits', () => {
  const editable = flow([users('fin', ['u-li'], 'any', { fieldPermissions: { note: 'edit', owner: 'hidden' } } as Partial<FlowNode>)]);

  it('an approver corrects a field their node may edit; the change is recorded for the audit', () => {
    const ctx = engineContext();
    const state = start(editable, ctx, { form: { amount: '10', note: '原始', owner: 'u-hu' } }).state;
    const result = applyAction(state, { type: 'approve', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', formPatch: { note: '已更正' } }, ctx);
    expect(result.state.form.note).toBe('已更正');
    expect(result.effects).toContainEqual({ type: 'formChanged', nodeId: 'fin', taskId: pendingOf(state, 'u-li').id, changes: [{ key: 'note', before: '原始', after: '已更正' }] });
    expect(result.state.history.map((h) => h.action)).toEqual(['submit', 'formEdit', 'approve']);
  });

  it('fields the node may not edit are refused, as are invalid values', () => {
    const ctx = engineContext();
    const state = start(editable, ctx, { form: { amount: '10' } }).state;
    const taskId = pendingOf(state, 'u-li').id;
    expectRule(() => applyAction(state, { type: 'approve', taskId, actorId: 'u-li', formPatch: { amount: '1' } }, ctx), 'FIELD_NOT_EDITABLE');
    expectRule(() => applyAction(state, { type: 'approve', taskId, actorId: 'u-li', formPatch: { note: 42 } }, ctx), 'INVALID_FORM');
  });

  it('hidden fields are not shown to that node; the initiator sees everything', () => {
    const state = start(editable, engineContext(), { form: { amount: '10', owner: 'u-hu' } }).state;
    expect(visibleForm(state, 'u-li')).toEqual({ amount: '10.00' });
    expect(visibleForm(state, 'u-guo')).toEqual({ amount: '10.00', owner: 'u-hu' });
    expect(visibleForm(state, 'u-zhao')).toEqual({});
  });
});

describe('return (退回)', () => {
  it('to the initiator: the instance waits; the initiator corrects and resubmits, and it flows from the start', () => {
    const ctx = engineContext();
    let state = approveAll(start(chain, ctx).state, ctx, 'u-hu');
    const returned = applyAction(state, { type: 'return', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', target: { kind: 'initiator' }, comment: '金额有误' }, ctx);
    state = returned.state;
    expect(state.status).toBe('returned');
    expect(returned.effects).toEqual(expect.arrayContaining([{ type: 'instanceReturned' }, { type: 'notify', userIds: ['u-guo'], reason: 'returned', taskId: null, nodeId: null }]));
    expectRule(() => act(state, { type: 'resubmit', actorId: 'u-hu' }, ctx), 'NOT_INITIATOR');
    expectRule(() => act(state, { type: 'resubmit', actorId: 'u-guo', form: { amount: 'x' } }, ctx), 'INVALID_FORM');
    state = act(state, { type: 'resubmit', actorId: 'u-guo', form: { amount: '80.00' } }, ctx);
    expect(state).toMatchObject({ status: 'running', round: 2, form: { amount: '80.00' } });
    expect(assignees(state)).toEqual(['u-hu']);
    expectRule(() => act(state, { type: 'resubmit', actorId: 'u-guo' }, ctx), 'NOT_RETURNED');
  });

  it('to an earlier node: that node approves again, then the flow goes on as before', () => {
    const ctx = engineContext();
    let state = approveAll(start(chain, ctx).state, ctx, 'u-hu', 'u-li');
    const taskId = pendingOf(state, 'u-lin').id;
    expect(returnTargetsOf(state, taskId).map((t) => t.nodeId)).toEqual(['b', 'a']);
    state = act(state, { type: 'return', taskId, actorId: 'u-lin', target: { kind: 'node', nodeId: 'a' } }, ctx);
    expect(state.status).toBe('running');
    expect(assignees(state)).toEqual(['u-hu']);
    state = approveAll(state, ctx, 'u-hu', 'u-li', 'u-lin');
    expect(state.status).toBe('approved');
  });

  it('never to a later node, an auto-passed node, or a sibling parallel branch; past a parallel node it withdraws all branches', () => {
    const ctx = engineContext();
    const def = flow([
      users('a', ['u-hu']),
      users('skip', ['u-guo']),
      { id: 'p', type: 'parallel', name: 'p', branches: [{ id: 'p1', name: '1', nodes: [users('x', ['u-li']), users('x2', ['u-wang'])] }, { id: 'p2', name: '2', nodes: [users('y', ['u-lin'])] }] },
    ]);
    let state = approveAll(start(def, ctx).state, ctx, 'u-hu', 'u-lin', 'u-li');
    const taskId = pendingOf(state, 'u-wang').id;
    expect(returnTargetsOf(state, taskId).map((t) => t.nodeId)).toEqual(['x', 'a']);
    for (const nodeId of ['y', 'skip', 'x2', 'ghost']) {
      expectRule(() => act(state, { type: 'return', taskId, actorId: 'u-wang', target: { kind: 'node', nodeId } }, ctx), 'INVALID_RETURN_TARGET');
    }
    state = act(state, { type: 'return', taskId, actorId: 'u-wang', target: { kind: 'node', nodeId: 'a' } }, ctx);
    expect(assignees(state)).toEqual(['u-hu']);
    state = approveAll(state, ctx, 'u-hu');
    expect(assignees(state)).toEqual(['u-li', 'u-lin']);
  });

  it('within a parallel branch only that branch rewinds; the other branch keeps its progress', () => {
    const ctx = engineContext();
    const def = flow([{ id: 'p', type: 'parallel', name: 'p', branches: [{ id: 'p1', name: '1', nodes: [users('x', ['u-li']), users('x2', ['u-wang'])] }, { id: 'p2', name: '2', nodes: [users('y', ['u-lin'])] }] }]);
    let state = approveAll(start(def, ctx).state, ctx, 'u-li');
    state = act(state, { type: 'return', taskId: pendingOf(state, 'u-wang').id, actorId: 'u-wang', target: { kind: 'node', nodeId: 'x' } }, ctx);
    expect(assignees(state)).toEqual(['u-li', 'u-lin']);
    state = approveAll(state, ctx, 'u-lin', 'u-li', 'u-wang');
    expect(state.status).toBe('approved');
  });
});

describe('initiator actions', () => {
  it('withdraw (撤回) while unfinished; never after the end; only by the initiator', () => {
    const ctx = engineContext();
    const state = start(chain, ctx).state;
    expectRule(() => act(state, { type: 'withdraw', actorId: 'u-hu' }, ctx), 'NOT_INITIATOR');
    const result = applyAction(state, { type: 'withdraw', actorId: 'u-guo', comment: '不需要了' }, ctx);
    expect(result.state.status).toBe('withdrawn');
    expect(result.effects).toEqual(expect.arrayContaining([
      { type: 'instanceFinished', outcome: 'withdrawn' },
      { type: 'notify', userIds: ['u-hu'], reason: 'withdrawn', taskId: null, nodeId: null },
    ]));
    expectRule(() => act(result.state, { type: 'withdraw', actorId: 'u-guo' }, ctx), 'INSTANCE_NOT_RUNNING');
    expectRule(() => act(result.state, { type: 'approve', taskId: state.tasks[0]?.id ?? '', actorId: 'u-hu' }, ctx), 'INSTANCE_NOT_RUNNING');
  });

  it('urge (催办) notifies current approvers, at most once per task per interval', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li'], 'all')], { urgeIntervalMinutes: 30 }), ctx).state;
    const urged = applyAction(state, { type: 'urge', actorId: 'u-guo' }, ctx);
    expect(urged.effects.filter((e) => e.type === 'notify').map((e) => e.type === 'notify' && e.userIds)).toEqual([['u-hu'], ['u-li']]);
    state = urged.state;
    ctx.tick(0.25);
    try {
      act(state, { type: 'urge', actorId: 'u-guo' }, ctx);
      throw new Error('urge accepted too soon');
    } catch (error) {
      expect(error).toMatchObject({ code: 'URGE_TOO_SOON', details: { retryAt: hoursAfter(t0, 0.5) } });
    }
    expectRule(() => act(state, { type: 'urge', actorId: 'u-hu' }, ctx), 'NOT_INITIATOR');
    expectRule(() => act(state, { type: 'urge', actorId: 'u-guo', taskIds: ['nope'] }, ctx), 'TASK_NOT_OPEN');
    ctx.tick(0.25);
    expect(applyAction(state, { type: 'urge', actorId: 'u-guo' }, ctx).effects.filter((e) => e.type === 'notify')).toHaveLength(2);
  });

  it('comments from any participant, even after the end; never from outsiders', () => {
    const ctx = engineContext();
    const state = approveAll(start(chain, ctx).state, ctx, 'u-hu');
    const result = applyAction(state, { type: 'comment', actorId: 'u-hu', comment: '请补充发票', attachmentIds: ['file-1'] }, ctx);
    expect(result.state.history.at(-1)).toMatchObject({ action: 'comment', actorId: 'u-hu', attachmentIds: ['file-1'] });
    expect(result.effects).toEqual([{ type: 'notify', userIds: ['u-guo', 'u-li'], reason: 'commented', taskId: null, nodeId: null }]);
    expectRule(() => act(state, { type: 'comment', actorId: 'u-zhao', comment: '路过' }, ctx), 'NOT_PARTICIPANT');
    const finished = act(state, { type: 'withdraw', actorId: 'u-guo' }, ctx);
    expect(act(finished, { type: 'comment', actorId: 'u-guo', comment: '已撤回' }, ctx).status).toBe('withdrawn');
  });

  it('submitting checks the initiator scope and the form', () => {
    const ctx = engineContext();
    const scoped = { ...chain, start: { ...chain.start, initiators: { departmentIds: ['d-sal'] } } };
    expectRule(() => start(scoped, ctx), 'NOT_ALLOWED_TO_INITIATE');
    expect(start(scoped, ctx, { initiator: { userId: 'u-xu' } }).state.status).toBe('running');
    expectRule(() => start(chain, ctx, { initiator: { userId: 'u-gone' } }), 'NOT_ALLOWED_TO_INITIATE');
    expectRule(() => start(chain, ctx, { form: { amount: 'abc' } }), 'INVALID_FORM');
    expectRule(() => start(flow([]), ctx), 'INVALID_DEFINITION');
    expect(start(chain, ctx).state.formSchema).toBe(amountForm);
  });
});
