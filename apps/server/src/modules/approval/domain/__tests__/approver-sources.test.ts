import { describe, expect, it } from 'vitest';
import type { ApproverSource, FlowNode } from '../contracts.ts';
import { previewRoute } from '../preview-route.ts';
import {
  amountForm, approveAll, assignees, directoryWith, engineContext, expectRule, flow, start, users,
} from './approval.fixtures.ts';

const node = (source: ApproverSource, extra: object = {}): FlowNode => ({ id: 'n', type: 'approver', name: 'n', source, mode: 'sequence', ...extra }) as FlowNode;
/** Who the first node asks, in order, for a request by `initiator`. */
function firstApprovers(source: ApproverSource, initiator = 'u-guo', input: object = {}): string[] {
  const { state } = start(flow([node(source)]), engineContext(), { initiator: { userId: initiator }, ...input });
  return state.tasks.filter((t) => t.nodeId === 'n').sort((a, b) => a.seq - b.seq).map((t) => t.assigneeId);
}

describe('approver sources', () => {
  it('given users (active only) and a role', () => {
    expect(firstApprovers({ kind: 'users', userIds: ['u-li', 'u-gone', 'u-hu', 'u-li'] })).toEqual(['u-li', 'u-hu']);
    expect(firstApprovers({ kind: 'role', roleCode: 'finance' })).toEqual(['u-li', 'u-wang', 'u-zhao']);
  });

  it("the initiator's department head, level by level up the department tree", () => {
    expect(firstApprovers({ kind: 'initiatorDepartmentHead', level: 1 })).toEqual(['u-hu']);
    expect(firstApprovers({ kind: 'initiatorDepartmentHead', level: 2 })).toEqual(['u-zhang']);
    // 销售一部 has no head: its parent's head approves.
    expect(firstApprovers({ kind: 'initiatorDepartmentHead', level: 1 }, 'u-xu')).toEqual(['u-wu']);
    // A head asking goes to the head above them.
    expect(firstApprovers({ kind: 'initiatorDepartmentHead', level: 1 }, 'u-hu')).toEqual(['u-zhang']);
    // The request can be made for another department the initiator belongs to.
    expect(firstApprovers({ kind: 'initiatorDepartmentHead', level: 1 }, 'u-guo', { initiator: { userId: 'u-guo', departmentId: 'd-pur' } })).toEqual(['u-liu']);
  });

  it('superiors level by level (逐级): N levels, or up to a holder of a role', () => {
    expect(firstApprovers({ kind: 'superiors', levels: 1 }, 'u-wang')).toEqual(['u-li']);
    expect(firstApprovers({ kind: 'superiors', levels: 5 }, 'u-wang')).toEqual(['u-li', 'u-zhang']);
    expect(firstApprovers({ kind: 'superiors', untilRoleCode: 'manager' }, 'u-wang')).toEqual(['u-li']);
    expect(firstApprovers({ kind: 'superiors', untilRoleCode: 'gm' }, 'u-wang')).toEqual(['u-li', 'u-zhang']);
  });

  it('head of a chosen department, a user field, and 发起人自选', () => {
    expect(firstApprovers({ kind: 'departmentHead', departmentId: 'd-fin' })).toEqual(['u-li']);
    expect(firstApprovers({ kind: 'formField', fieldKey: 'owner' }, 'u-guo', { form: { amount: '1', owner: 'u-lin' } })).toEqual(['u-lin']);
    expect(firstApprovers({ kind: 'initiatorChoice', multiple: true }, 'u-guo', { chosenApprovers: { n: ['u-sun', 'u-chen'] } })).toEqual(['u-sun', 'u-chen']);
  });

  it('发起人自选 is required on the route, limited to candidates, one unless multiple', () => {
    const choice = flow([node({ kind: 'initiatorChoice', multiple: false, candidateRoleCode: 'finance' })]);
    const ctx = engineContext();
    expectRule(() => start(choice, ctx), 'MISSING_CHOSEN_APPROVERS');
    expectRule(() => start(choice, ctx, { chosenApprovers: { n: ['u-hu'] } }), 'INVALID_CHOSEN_APPROVERS');
    expectRule(() => start(choice, ctx, { chosenApprovers: { n: ['u-li', 'u-wang'] } }), 'INVALID_CHOSEN_APPROVERS');
    expectRule(() => start(choice, ctx, { chosenApprovers: { ghost: ['u-li'] } }), 'INVALID_CHOSEN_APPROVERS');
    expect(assignees(start(choice, ctx, { chosenApprovers: { n: ['u-wang'] } }).state)).toEqual(['u-wang']);
  });
});

describe('approver rules', () => {
  it('initiator among the approvers: skipped (default), approves, or goes to their superior', () => {
    const def = (rule: 'skip' | 'selfApprove' | 'toSuperior') => flow([users('n', ['u-guo', 'u-hu'], 'all'), users('last', ['u-lin'])], { initiatorIsApprover: rule });
    const ctx = engineContext();
    const skipped = start(def('skip'), ctx).state;
    expect(assignees(skipped)).toEqual(['u-hu']);
    expect(skipped.runs[0]?.skipped).toEqual([{ userId: 'u-guo', reason: 'initiator' }]);
    expect(assignees(start(def('selfApprove'), ctx).state)).toEqual(['u-guo', 'u-hu']);
    // u-guo's superior u-hu is already there: asked once.
    expect(assignees(start(def('toSuperior'), ctx).state)).toEqual(['u-hu']);
    expect(assignees(start(flow([users('n', ['u-guo'])], { initiatorIsApprover: 'toSuperior' }), ctx).state)).toEqual(['u-hu']);
  });

  it('a node whose only approver is the initiator passes by itself', () => {
    const { state, effects } = start(flow([users('n', ['u-guo']), users('next', ['u-lin'])]), engineContext());
    expect(state.runs[0]).toMatchObject({ nodeId: 'n', status: 'approved', autoPass: 'initiator' });
    expect(assignees(state)).toEqual(['u-lin']);
    expect(effects.filter((e) => e.type === 'taskOpened')).toHaveLength(1);
  });

  it('或签 containing the initiator still needs another approver (no self-approval of own expense)', () => {
    const { state } = start(flow([{ ...users('fin', []), source: { kind: 'role', roleCode: 'finance' } } as FlowNode]), engineContext(), { initiator: { userId: 'u-wang' } });
    expect(assignees(state)).toEqual(['u-li', 'u-zhao']);
  });

  it('the same approver twice in a row approves once (去重), in 或签 too; off when configured', () => {
    const nodes = [users('a', ['u-hu']), users('b', ['u-hu', 'u-lin'], 'all'), users('c', ['u-lin', 'u-li'], 'any')];
    const ctx = engineContext();
    let state = start(flow(nodes), ctx).state;
    state = approveAll(state, ctx, 'u-hu');
    expect(assignees(state)).toEqual(['u-lin']);
    state = approveAll(state, ctx, 'u-lin');
    expect(state.status).toBe('approved');
    expect(state.runs.map((r) => r.autoPass)).toEqual([null, null, 'dedupe']);
    let plain = start(flow(nodes, { dedupeApprovers: 'none' }), ctx).state;
    plain = approveAll(plain, ctx, 'u-hu');
    expect(assignees(plain)).toEqual(['u-hu', 'u-lin']);
  });

  it('empty approver: auto-pass, to the administrators, or reject — and reject when there is no admin', () => {
    const empty = (rule: 'autoPass' | 'toAdmin' | 'reject') => flow([
      { id: 'n', type: 'approver', name: 'n', source: { kind: 'departmentHead', departmentId: 'd-sal1' }, mode: 'any', emptyApprover: rule },
      users('next', ['u-lin']),
    ]);
    const ctx = engineContext();
    const passed = start(empty('autoPass'), ctx).state;
    expect(passed.runs[0]).toMatchObject({ status: 'approved', autoPass: 'noApprover' });
    expect(assignees(passed)).toEqual(['u-lin']);
    expect(assignees(start(empty('toAdmin'), ctx).state)).toEqual(['u-admin']);
    const refused = start(empty('reject'), ctx);
    expect(refused.state.status).toBe('rejected');
    expect(refused.effects).toContainEqual({ type: 'instanceFinished', outcome: 'rejected' });
    expect(start(empty('toAdmin'), engineContext(directoryWith({ admins: [] }))).state.status).toBe('rejected');
  });
});

describe('previewRoute', () => {
  it('shows who will approve on the route the form takes, CCs and parallel branches included', () => {
    const def = flow([
      { id: 'head', type: 'approver', name: '主管', source: { kind: 'initiatorDepartmentHead', level: 1 }, mode: 'any' },
      {
        id: 'c', type: 'condition', name: '金额', branches: [
          { id: 'big', name: '大额', condition: { field: 'amount', op: 'gte', value: '50000' }, nodes: [{ id: 'gm', type: 'approver', name: '总经理', source: { kind: 'role', roleCode: 'gm' }, mode: 'any' }] },
          { id: 'else', name: '其他', isDefault: true, nodes: [] },
        ],
      },
      { id: 'p', type: 'parallel', name: '并行', branches: [{ id: 'p1', name: '财务', nodes: [users('fin', ['u-li'])] }, { id: 'p2', name: '人事', nodes: [users('hr', ['u-lin'])] }] },
      { id: 'cc', type: 'cc', name: '抄送', sources: [{ kind: 'role', roleCode: 'hr' }] },
    ]);
    const base = { definition: def, formSchema: amountForm, initiator: { userId: 'u-guo', departmentId: 'd-tec' }, chosenApprovers: {}, directory: directoryWith() };
    const big = previewRoute({ ...base, form: { amount: '50000.00' } });
    expect(big.map((s) => s.nodeId)).toEqual(['head', 'gm', 'p', 'cc']);
    expect(big[0]).toMatchObject({ type: 'approver', userIds: ['u-hu'], autoPass: null });
    expect(big[2]).toMatchObject({ type: 'parallel', branches: [[{ nodeId: 'fin', userIds: ['u-li'] }], [{ nodeId: 'hr', userIds: ['u-lin'] }]] });
    expect(big[3]).toMatchObject({ type: 'cc', userIds: ['u-lin'] });
    expect(previewRoute({ ...base, form: { amount: '49999.99' } }).map((s) => s.nodeId)).toEqual(['head', 'p', 'cc']);
  });
});
