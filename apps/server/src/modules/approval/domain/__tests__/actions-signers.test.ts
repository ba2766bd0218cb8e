import { describe, expect, it } from 'vitest';
import { applyAction } from '../apply-action.ts';
import { act, approveAll, assignees, engineContext, expectRule, flow, pendingOf, start, users } from './approval.fixtures.ts';

describe('transfer (转办)', () => {
  it('moves the task to someone else for good, keeping its place', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li'], 'sequence')]), ctx).state;
    const result = applyAction(state, { type: 'transfer', taskId: pendingOf(state, 'u-hu').id, actorId: 'u-hu', toUserId: 'u-lin', comment: '请林雪处理' }, ctx);
    state = result.state;
    expect(assignees(state)).toEqual(['u-lin']);
    expect(pendingOf(state, 'u-lin')).toMatchObject({ seq: 0, previousTaskId: state.tasks[0]?.id });
    expect(result.effects).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'taskClosed', assigneeId: 'u-hu', status: 'transferred' }),
      expect.objectContaining({ type: 'taskOpened', assigneeId: 'u-lin', reason: 'transferred' }),
    ]));
    state = approveAll(state, ctx, 'u-lin', 'u-li');
    expect(state.status).toBe('approved');
  });

  it('not to oneself, a disabled user, or someone already approving this node', () => {
    const ctx = engineContext();
    const state = start(flow([users('n', ['u-hu', 'u-li'], 'all')]), ctx).state;
    const taskId = pendingOf(state, 'u-hu').id;
    for (const toUserId of ['u-hu', 'u-gone', 'u-li', 'u-nobody']) {
      expectRule(() => act(state, { type: 'transfer', taskId, actorId: 'u-hu', toUserId }, ctx), 'INVALID_TARGET_USER');
    }
  });
});

describe('delegate (委派)', () => {
  it('the delegate gives an opinion, then the task returns to the delegator who decides', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-li']), users('next', ['u-zhang'])]), ctx).state;
    state = act(state, { type: 'delegate', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', toUserId: 'u-wang', comment: '请核对发票' }, ctx);
    expect(assignees(state)).toEqual(['u-wang']);
    expect(state.tasks[0]?.status).toBe('onHold');
    const delegated = pendingOf(state, 'u-wang');
    expectRule(() => act(state, { type: 'transfer', taskId: delegated.id, actorId: 'u-wang', toUserId: 'u-zhao' }, ctx), 'NOT_ALLOWED_ON_DELEGATION');
    expectRule(() => act(state, { type: 'return', taskId: delegated.id, actorId: 'u-wang', target: { kind: 'initiator' } }, ctx), 'NOT_ALLOWED_ON_DELEGATION');
    // "Disagree" is only an opinion: the request is not rejected.
    const back = applyAction(state, { type: 'reject', taskId: delegated.id, actorId: 'u-wang', comment: '发票有问题' }, ctx);
    state = back.state;
    expect(state.status).toBe('running');
    expect(state.tasks.find((t) => t.id === delegated.id)).toMatchObject({ status: 'resolved', opinion: 'disagree' });
    expect(back.effects).toContainEqual(expect.objectContaining({ type: 'taskOpened', assigneeId: 'u-li', reason: 'delegationReturned' }));
    state = approveAll(state, ctx, 'u-li');
    expect(assignees(state)).toEqual(['u-zhang']);
  });
});

describe('add signer (加签)', () => {
  it('before: the added people sign first (together), then the task comes back', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-li'])]), ctx).state;
    const own = pendingOf(state, 'u-li').id;
    state = act(state, { type: 'addSigner', taskId: own, actorId: 'u-li', userIds: ['u-wang', 'u-zhao'], position: 'before' }, ctx);
    expect(assignees(state)).toEqual(['u-wang', 'u-zhao']);
    state = approveAll(state, ctx, 'u-wang');
    expect(assignees(state)).toEqual(['u-zhao']);
    const back = applyAction(state, { type: 'approve', taskId: pendingOf(state, 'u-zhao').id, actorId: 'u-zhao' }, ctx);
    expect(back.effects).toContainEqual(expect.objectContaining({ type: 'taskOpened', taskId: own, reason: 'signersDone' }));
    state = approveAll(back.state, ctx, 'u-li');
    expect(state.status).toBe('approved');
  });

  it('before-signer rejecting rejects the request', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-li'])]), ctx).state;
    state = act(state, { type: 'addSigner', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', userIds: ['u-wang'], position: 'before' }, ctx);
    state = act(state, { type: 'reject', taskId: pendingOf(state, 'u-wang').id, actorId: 'u-wang' }, ctx);
    expect(state.status).toBe('rejected');
  });

  it('after, in 依次: the actor approves and the added signer is next in line', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li'], 'sequence')]), ctx).state;
    state = act(state, { type: 'addSigner', taskId: pendingOf(state, 'u-hu').id, actorId: 'u-hu', userIds: ['u-lin'], position: 'after' }, ctx);
    expect(assignees(state)).toEqual(['u-lin']);
    expect(state.tasks.map((t) => [t.assigneeId, t.seq, t.status])).toEqual([['u-hu', 0, 'approved'], ['u-li', 2, 'queued'], ['u-lin', 1, 'pending']]);
    state = approveAll(state, ctx, 'u-lin', 'u-li');
    expect(state.status).toBe('approved');
  });

  it('after, in 或签: the actor decides the or-sign, the added signer must still approve', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li'], 'any'), users('next', ['u-zhang'])]), ctx).state;
    state = act(state, { type: 'addSigner', taskId: pendingOf(state, 'u-hu').id, actorId: 'u-hu', userIds: ['u-lin'], position: 'after' }, ctx);
    expect(assignees(state)).toEqual(['u-lin']);
    state = approveAll(state, ctx, 'u-lin');
    expect(assignees(state)).toEqual(['u-zhang']);
  });

  it('after, in 会签: the added signer joins the others', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li'], 'all')]), ctx).state;
    state = act(state, { type: 'addSigner', taskId: pendingOf(state, 'u-hu').id, actorId: 'u-hu', userIds: ['u-lin'], position: 'after' }, ctx);
    expect(assignees(state)).toEqual(['u-li', 'u-lin']);
    state = approveAll(state, ctx, 'u-li');
    expect(state.status).toBe('running');
    state = approveAll(state, ctx, 'u-lin');
    expect(state.status).toBe('approved');
  });

  it('not the actor, nor someone already approving this node', () => {
    const ctx = engineContext();
    const state = start(flow([users('n', ['u-hu', 'u-li'], 'all')]), ctx).state;
    const taskId = pendingOf(state, 'u-hu').id;
    for (const userIds of [['u-hu'], ['u-li'], ['u-gone']]) {
      expectRule(() => act(state, { type: 'addSigner', taskId, actorId: 'u-hu', userIds, position: 'before' }, ctx), 'INVALID_TARGET_USER');
    }
  });
});

describe('remove signer (减签)', () => {
  it('the actor drops a before-signer they added, and gets the task back', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-li'])]), ctx).state;
    const own = pendingOf(state, 'u-li').id;
    state = act(state, { type: 'addSigner', taskId: own, actorId: 'u-li', userIds: ['u-wang'], position: 'before' }, ctx);
    const added = pendingOf(state, 'u-wang').id;
    expectRule(() => act(state, { type: 'removeSigner', taskId: own, actorId: 'u-wang', removeTaskId: added }, ctx), 'NOT_ASSIGNEE');
    state = act(state, { type: 'removeSigner', taskId: own, actorId: 'u-li', removeTaskId: added }, ctx);
    expect(assignees(state)).toEqual(['u-li']);
    expect(state.tasks.find((t) => t.id === added)?.status).toBe('cancelled');
  });

  it('dropping the last after-signer completes the node', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu']), users('next', ['u-zhang'])]), ctx).state;
    const own = pendingOf(state, 'u-hu').id;
    state = act(state, { type: 'addSigner', taskId: own, actorId: 'u-hu', userIds: ['u-lin'], position: 'after' }, ctx);
    state = act(state, { type: 'removeSigner', taskId: own, actorId: 'u-hu', removeTaskId: pendingOf(state, 'u-lin').id }, ctx);
    expect(assignees(state)).toEqual(['u-zhang']);
  });

  it("a countersign's own members cannot be removed, nor signers who already acted", () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li'], 'all')]), ctx).state;
    const own = pendingOf(state, 'u-hu').id;
    expectRule(() => act(state, { type: 'removeSigner', taskId: own, actorId: 'u-hu', removeTaskId: pendingOf(state, 'u-li').id }, ctx), 'SIGNER_NOT_REMOVABLE');
    state = act(state, { type: 'addSigner', taskId: own, actorId: 'u-hu', userIds: ['u-lin'], position: 'before' }, ctx);
    const added = pendingOf(state, 'u-lin').id;
    state = approveAll(state, ctx, 'u-lin');
    expectRule(() => act(state, { type: 'removeSigner', taskId: own, actorId: 'u-hu', removeTaskId: added }, ctx), 'SIGNER_NOT_REMOVABLE');
  });
});
