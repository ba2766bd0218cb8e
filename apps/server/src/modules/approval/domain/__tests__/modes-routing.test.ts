import { describe, expect, it } from 'vitest';
import type { FlowNode } from '../contracts.ts';
import { act, approveAll, assignees, engineContext, expectRule, flow, pendingOf, start, users } from './approval.fixtures.ts';

describe('approval modes', () => {
  it('会签 (all): every approver must approve; the node waits for the last one', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li', 'u-lin'], 'all')]), ctx).state;
    expect(assignees(state)).toEqual(['u-hu', 'u-li', 'u-lin']);
    state = approveAll(state, ctx, 'u-li', 'u-hu');
    expect(state.status).toBe('running');
    expect(assignees(state)).toEqual(['u-lin']);
    state = approveAll(state, ctx, 'u-lin');
    expect(state.status).toBe('approved');
  });

  it('会签: one rejection rejects the request and withdraws the other tasks', () => {
    const ctx = engineContext();
    const state = start(flow([users('n', ['u-hu', 'u-li'], 'all'), users('later', ['u-lin'])]), ctx).state;
    const result = act(state, { type: 'reject', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', comment: '预算不足' }, ctx);
    expect(result.status).toBe('rejected');
    expect(result.tasks.map((t) => [t.assigneeId, t.status])).toEqual([['u-hu', 'cancelled'], ['u-li', 'rejected']]);
    expect(result.history.at(-1)).toMatchObject({ action: 'reject', actorId: 'u-li', comment: '预算不足' });
  });

  it('或签 (any): the first approval decides and withdraws the others', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li', 'u-lin'], 'any'), users('next', ['u-zhang'])]), ctx).state;
    state = approveAll(state, ctx, 'u-li');
    expect(state.tasks.filter((t) => t.nodeId === 'n').map((t) => t.status)).toEqual(['cancelled', 'approved', 'cancelled']);
    expect(assignees(state)).toEqual(['u-zhang']);
  });

  it('依次 (sequence): one after another in the listed order', () => {
    const ctx = engineContext();
    let state = start(flow([users('n', ['u-hu', 'u-li', 'u-lin'], 'sequence')]), ctx).state;
    expect(assignees(state)).toEqual(['u-hu']);
    expect(state.tasks.map((t) => t.status)).toEqual(['pending', 'queued', 'queued']);
    expectRule(() => act(state, { type: 'approve', taskId: state.tasks[1]?.id ?? '', actorId: 'u-li' }, ctx), 'TASK_NOT_OPEN');
    state = approveAll(state, ctx, 'u-hu');
    expect(assignees(state)).toEqual(['u-li']);
    state = approveAll(state, ctx, 'u-li', 'u-lin');
    expect(state.status).toBe('approved');
  });
});

const gm = (id: string) => ({ id, type: 'approver', name: '总经理', source: { kind: 'role', roleCode: 'gm' }, mode: 'any' }) as const;

describe('routing', () => {
  const conditional = flow([
    users('head', ['u-hu']),
    {
      id: 'c', type: 'condition', name: '金额', branches: [
        { id: 'huge', name: '10万以上', condition: { field: 'amount', op: 'gte', value: '100000' }, nodes: [users('board', ['u-lin']), gm('gm')] },
        { id: 'big', name: '5万以上', condition: { field: 'amount', op: 'gte', value: '50000' }, nodes: [gm('gm2')] },
        { id: 'else', name: '其他', isDefault: true, nodes: [] },
      ],
    },
    users('fin', ['u-li']),
  ]);

  it('condition branches: first match wins, the default takes the rest, then the flow continues after', () => {
    const path = (amount: string) => {
      const ctx = engineContext();
      let state = start(conditional, ctx, { form: { amount } }).state;
      const visited: string[] = [];
      while (state.status === 'running') {
        const [task] = state.tasks.filter((t) => t.status === 'pending');
        if (!task) break;
        visited.push(task.nodeId);
        state = act(state, { type: 'approve', taskId: task.id, actorId: task.assigneeId }, ctx);
      }
      return { visited, taken: state.branchTaken.c };
    };
    expect(path('150000')).toEqual({ visited: ['head', 'board', 'gm', 'fin'], taken: 'huge' });
    expect(path('50000')).toEqual({ visited: ['head', 'gm2', 'fin'], taken: 'big' });
    expect(path('49999.99')).toEqual({ visited: ['head', 'fin'], taken: 'else' });
  });

  it('parallel branches run at once and join when all are done; an empty branch is done at once', () => {
    const ctx = engineContext();
    const def = flow([
      {
        id: 'p', type: 'parallel', name: '并行会审', branches: [
          { id: 'p1', name: '财务', nodes: [users('fin', ['u-li']), users('fin2', ['u-wang'])] },
          { id: 'p2', name: '人事', nodes: [users('hr', ['u-lin'])] },
          { id: 'p3', name: '空', nodes: [] },
        ],
      },
      users('after', ['u-zhang']),
    ]);
    let state = start(def, ctx).state;
    expect(assignees(state)).toEqual(['u-li', 'u-lin']);
    state = approveAll(state, ctx, 'u-lin', 'u-li');
    expect(assignees(state)).toEqual(['u-wang']);
    state = approveAll(state, ctx, 'u-wang');
    expect(assignees(state)).toEqual(['u-zhang']);
    expect(state.tokens.filter((t) => t.status === 'done')).toHaveLength(3);
    state = approveAll(state, ctx, 'u-zhang');
    expect(state.status).toBe('approved');
  });

  it('a rejection inside one parallel branch rejects the whole request', () => {
    const ctx = engineContext();
    const def = flow([{ id: 'p', type: 'parallel', name: '并行', branches: [{ id: 'a', name: 'a', nodes: [users('x', ['u-li'])] }, { id: 'b', name: 'b', nodes: [users('y', ['u-lin'])] }] }]);
    const state = start(def, ctx).state;
    const after = act(state, { type: 'reject', taskId: pendingOf(state, 'u-lin').id, actorId: 'u-lin' }, ctx);
    expect(after.status).toBe('rejected');
    expect(after.tasks.every((t) => t.status !== 'pending')).toBe(true);
    expect(after.tokens.every((t) => t.status === 'cancelled' || t.status === 'done')).toBe(true);
  });

  it('CC nodes notify and grant reading without waiting; a CC at the end fires only on approval', () => {
    const ctx = engineContext();
    const def = flow([
      { id: 'cc1', type: 'cc', name: '抄送主管', sources: [{ kind: 'initiatorDepartmentHead', level: 1 }, { kind: 'users', userIds: ['u-lin'] }] },
      users('n', ['u-li']),
      { id: 'cc2', type: 'cc', name: '抄送总经理', sources: [{ kind: 'role', roleCode: 'gm' }] } satisfies FlowNode,
    ]);
    const first = start(def, ctx);
    expect(first.effects).toContainEqual({ type: 'cc', nodeId: 'cc1', userIds: ['u-hu', 'u-lin'] });
    expect(first.state.ccUserIds).toEqual(['u-hu', 'u-lin']);
    const rejected = act(first.state, { type: 'reject', taskId: pendingOf(first.state, 'u-li').id, actorId: 'u-li' }, ctx);
    expect(rejected.ccUserIds).toEqual(['u-hu', 'u-lin']);
    const approved = approveAll(first.state, ctx, 'u-li');
    expect(approved.ccUserIds).toEqual(['u-hu', 'u-lin', 'u-zhang']);
    expect(approved.history.filter((h) => h.action === 'cc').map((h) => h.nodeId)).toEqual(['cc1', 'cc2']);
  });

  it('a request nobody needs to approve is approved at submit', () => {
    const { state, effects } = start(flow([users('n', ['u-guo'])]), engineContext());
    expect(state.status).toBe('approved');
    expect(effects).toContainEqual({ type: 'instanceFinished', outcome: 'approved' });
  });
});
