import { describe, expect, it } from 'vitest';
import type { FlowNode, NodeTimeout } from '../contracts.ts';
import { reassignUser } from '../reassign-user.ts';
import { onTimeout } from '../timeout.ts';
import { act, approveAll, assignees, directoryWith, engineContext, expectRule, flow, hoursAfter, pendingOf, start, t0, users } from './approval.fixtures.ts';

const timed = (timeout: NodeTimeout, userIds: string[], mode: 'any' | 'all' = 'any') =>
  flow([users('n', userIds, mode, { timeout } as Partial<FlowNode>), users('next', ['u-zhang'])]);

describe('timeouts', () => {
  it('schedules the remind and act jobs when a task opens', () => {
    const { effects, state } = start(timed({ remindAfterHours: 24, action: { kind: 'escalate', afterHours: 48 } }, ['u-hu']), engineContext());
    const taskId = pendingOf(state, 'u-hu').id;
    expect(effects.filter((e) => e.type === 'timer')).toEqual([
      { type: 'timer', taskId, stage: 'remind', at: hoursAfter(t0, 24) },
      { type: 'timer', taskId, stage: 'act', at: hoursAfter(t0, 48) },
    ]);
  });

  it('reminds once when due; early, late or repeated jobs change nothing', () => {
    const ctx = engineContext();
    const state = start(timed({ remindAfterHours: 24 }, ['u-hu']), ctx).state;
    const taskId = pendingOf(state, 'u-hu').id;
    ctx.tick(23);
    expect(onTimeout(state, taskId, ctx)).toEqual({ state, effects: [] });
    ctx.tick(2);
    const reminded = onTimeout(state, taskId, ctx);
    expect(reminded.effects).toEqual([{ type: 'notify', userIds: ['u-hu'], reason: 'reminder', taskId, nodeId: 'n' }]);
    expect(onTimeout(reminded.state, taskId, ctx).effects).toEqual([]);
    const approved = approveAll(reminded.state, ctx, 'u-hu');
    expect(onTimeout(approved, taskId, ctx)).toEqual({ state: approved, effects: [] });
  });

  it("escalates to the assignee's superior, and again from there if still untouched", () => {
    const ctx = engineContext();
    let state = start(timed({ remindAfterHours: 4, action: { kind: 'escalate', afterHours: 8 } }, ['u-wang']), ctx).state;
    ctx.tick(8);
    state = onTimeout(state, pendingOf(state, 'u-wang').id, ctx).state;
    expect(assignees(state)).toEqual(['u-li']);
    expect(pendingOf(state, 'u-li')).toMatchObject({ previousTaskId: state.tasks[0]?.id });
    expect(state.history.at(-1)).toMatchObject({ action: 'timeoutEscalate', actorId: null, userIds: ['u-li'] });
    ctx.tick(8);
    state = onTimeout(state, pendingOf(state, 'u-li').id, ctx).state;
    expect(assignees(state)).toEqual(['u-zhang']);
  });

  it('escalation without a superior goes to an administrator; with none, it keeps reminding', () => {
    const ctx = engineContext();
    const state = start(timed({ action: { kind: 'escalate', afterHours: 8 } }, ['u-zhang']), ctx, { initiator: { userId: 'u-guo' } }).state;
    ctx.tick(9);
    expect(assignees(onTimeout(state, pendingOf(state, 'u-zhang').id, ctx).state)).toEqual(['u-admin']);
    const lonely = engineContext(directoryWith({ admins: [] }), hoursAfter(t0, 9));
    const reminded = onTimeout(state, pendingOf(state, 'u-zhang').id, lonely);
    expect(reminded.effects).toEqual([expect.objectContaining({ type: 'notify', reason: 'reminder', userIds: ['u-zhang'] })]);
    expect(onTimeout(reminded.state, pendingOf(state, 'u-zhang').id, lonely).effects).toEqual([]);
  });

  it('auto-approve moves the flow on; auto-reject ends it', () => {
    const ctx = engineContext();
    const approveState = start(timed({ action: { kind: 'autoApprove', afterHours: 2 } }, ['u-hu']), ctx).state;
    ctx.tick(2);
    const approved = onTimeout(approveState, pendingOf(approveState, 'u-hu').id, ctx).state;
    expect(approved.tasks[0]).toMatchObject({ status: 'approved', decidedBy: null });
    expect(assignees(approved)).toEqual(['u-zhang']);
    const rejectState = start(timed({ action: { kind: 'autoReject', afterHours: 2 } }, ['u-hu']), ctx).state;
    ctx.tick(2);
    const rejected = onTimeout(rejectState, pendingOf(rejectState, 'u-hu').id, ctx);
    expect(rejected.state.status).toBe('rejected');
    expect(rejected.effects).toContainEqual({ type: 'instanceFinished', outcome: 'rejected' });
  });

  it('an unknown task is refused', () => {
    const ctx = engineContext();
    const state = start(timed({ remindAfterHours: 1 }, ['u-hu']), ctx).state;
    expect(onTimeout(state, 'nope', ctx)).toEqual({ state, effects: [] });
  });
});

describe('reassignUser (离职交接)', () => {
  it("moves a leaver's open tasks — pending and queued — to the successor", () => {
    const ctx = engineContext();
    const state = start(flow([users('n', ['u-hu', 'u-li'], 'sequence'), users('m', ['u-li'])], { dedupeApprovers: 'none' }), ctx).state;
    const result = reassignUser(state, 'u-li', 'u-zhao', ctx);
    expect(result.state.tasks.filter((t) => t.assigneeId === 'u-zhao').map((t) => t.status)).toEqual(['queued']);
    expect(result.state.history.at(-1)).toMatchObject({ action: 'reassign', userIds: ['u-li', 'u-zhao'] });
    let next = approveAll(result.state, ctx, 'u-hu', 'u-zhao');
    // Nodes reached later resolve against the org as it is then (the runtime updates the org first).
    expect(assignees(next)).toEqual(['u-li']);
    next = reassignUser(next, 'u-li', 'u-zhao', ctx).state;
    expect(assignees(next)).toEqual(['u-zhao']);
  });

  it('when the successor already approved this node, the leaver’s vote is dropped, completing it if it was the last', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li'], 'all'), users('m', ['u-zhang'])]), ctx).state;
    state = approveAll(state, ctx, 'u-hu');
    const moved = reassignUser(state, 'u-li', 'u-hu', ctx).state;
    expect(assignees(moved)).toEqual(['u-zhang']);
    const both = start(flow([users('n', ['u-hu', 'u-li'], 'all')]), ctx).state;
    const merged = reassignUser(both, 'u-li', 'u-hu', ctx).state;
    expect(merged.tasks.map((t) => [t.assigneeId, t.status])).toEqual([['u-hu', 'pending'], ['u-li', 'cancelled']]);
  });

  it("a delegate's opinion is not a vote: reassigning the delegator to their delegate hands the decision over", () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-li']), users('m', ['u-zhang'])]), ctx).state;
    state = act(state, { type: 'delegate', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', toUserId: 'u-wang' }, ctx);
    state = reassignUser(state, 'u-li', 'u-wang', ctx).state;
    state = approveAll(state, ctx, 'u-wang');
    expect(pendingOf(state, 'u-wang')).toMatchObject({ kind: 'approve', nodeId: 'n' });
    state = approveAll(state, ctx, 'u-wang');
    expect(assignees(state)).toEqual(['u-zhang']);
  });

  it('replaces 发起人自选 picks, changes nothing when the user holds nothing, and refuses a disabled successor', () => {
    const ctx = engineContext();
    const def = flow([users('a', ['u-hu']), { id: 'pick', type: 'approver', name: 'pick', source: { kind: 'initiatorChoice', multiple: true }, mode: 'sequence' }]);
    const state = start(def, ctx, { chosenApprovers: { pick: ['u-li', 'u-lin'] } }).state;
    expect(reassignUser(state, 'u-li', 'u-zhao', ctx).state.chosenApprovers).toEqual({ pick: ['u-zhao', 'u-lin'] });
    expect(reassignUser(state, 'u-wu', 'u-zhao', ctx)).toEqual({ state, effects: [] });
    expectRule(() => reassignUser(state, 'u-hu', 'u-gone', ctx), 'INVALID_TARGET_USER');
    const finished = act(state, { type: 'withdraw', actorId: 'u-guo' }, ctx);
    expect(reassignUser(finished, 'u-hu', 'u-zhao', ctx)).toEqual({ state: finished, effects: [] });
  });
});
