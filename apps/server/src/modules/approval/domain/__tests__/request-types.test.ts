import { describe, expect, it } from 'vitest';
import type { FormValues, RequestTypeDefinition } from '../contracts.ts';
import type { InstanceState } from '../instance-state.ts';
import { requestTypes } from '../request-types.ts';
import { startInstance } from '../start-instance.ts';
import { act, assignees, engineContext, expectRule, pendingOf, refs } from './approval.fixtures.ts';

const types = Object.fromEntries(requestTypes(refs).map((t) => [t.code, t])) as Record<string, RequestTypeDefinition>;
const type = (code: string): RequestTypeDefinition => {
  const found = types[code];
  if (!found) throw new Error(code);
  return found;
};

/** Submits, then lets whoever is asked approve, recording who was asked at each step. */
function route(code: string, initiator: string, form: FormValues, chosenApprovers?: Record<string, string[]>): { steps: string[][]; state: InstanceState } {
  const ctx = engineContext();
  const { formSchema, definition } = type(code);
  let state = startInstance({ definition, formSchema, form, initiator: { userId: initiator }, chosenApprovers }, ctx).state;
  const steps: string[][] = [];
  while (state.status === 'running') {
    steps.push(assignees(state));
    const [next] = assignees(state);
    if (!next) throw new Error('running without a pending task');
    state = act(state, { type: 'approve', taskId: pendingOf(state, next).id, actorId: next }, ctx);
  }
  return { steps, state };
}

const leave = (start: string, end: string) => ({ leaveType: 'annual', period: { start, end }, reason: '回老家' });
const expense = (...amounts: string[]) => ({ items: amounts.map((amount) => ({ category: 'travel', date: '2025-03-01', amount })), reason: '出差' });
const purchase = (amount: string) => ({ items: [{ itemName: '服务器', quantity: '1', amount }], purpose: '机房扩容' });

describe('seeded request types', () => {
  it('请假: up to 3 working days the department head; more adds the 总经理; HR is CC’d', () => {
    const short = route('leave', 'u-guo', leave('2025-03-06', '2025-03-10')); // Thu–Mon = 3 working days
    expect(short.steps).toEqual([['u-hu']]);
    expect(short.state).toMatchObject({ status: 'approved', form: { days: '3' }, ccUserIds: ['u-lin'] });
    const long = route('leave', 'u-guo', leave('2025-03-03', '2025-03-06'));
    expect(long.steps).toEqual([['u-hu'], ['u-zhang']]);
    // A head's leave goes to the head above — who is also the 总经理, and approves once.
    const head = route('leave', 'u-hu', leave('2025-03-03', '2025-03-07'));
    expect(head.steps).toEqual([['u-zhang']]);
    expect(head.state.runs.map((r) => r.autoPass)).toEqual([null, 'dedupe']);
  });

  it('报销: up to 5,000 department head then finance; above adds the 总经理', () => {
    expect(route('expense', 'u-xu', expense('4000', '1000')).steps).toEqual([['u-wu'], ['u-li', 'u-wang', 'u-zhao']]);
    const big = route('expense', 'u-xu', expense('4000', '1000.01'));
    expect(big.steps).toEqual([['u-wu'], ['u-zhang'], ['u-li', 'u-wang', 'u-zhao']]);
    expect(big.state.form.total).toBe('5000.01');
  });

  it('报销: finance may correct the lines, and the total follows', () => {
    const ctx = engineContext();
    const { formSchema, definition } = type('expense');
    let state = startInstance({ definition, formSchema, form: expense('300', '200'), initiator: { userId: 'u-xu' } }, ctx).state;
    state = act(state, { type: 'approve', taskId: pendingOf(state, 'u-wu').id, actorId: 'u-wu' }, ctx);
    const fixed = [{ category: 'travel', date: '2025-03-01', amount: '300' }, { category: 'meals', date: '2025-03-01', amount: '150' }];
    state = act(state, { type: 'approve', taskId: pendingOf(state, 'u-wang').id, actorId: 'u-wang', formPatch: { items: fixed } }, ctx);
    expect(state).toMatchObject({ status: 'approved', form: { total: '450.00' } });
  });

  it('采购申请: department head → 财务负责人; 50,000 or more adds the 总经理; 采购部 is CC’d', () => {
    const small = route('purchaseRequest', 'u-guo', purchase('49999.99'));
    expect(small.steps).toEqual([['u-hu'], ['u-li']]);
    expect(small.state.ccUserIds).toEqual(['u-liu']);
    expect(route('purchaseRequest', 'u-guo', purchase('50000')).steps).toEqual([['u-hu'], ['u-li'], ['u-zhang']]);
  });

  it('采购申请: the budget line is set by the 财务负责人, not by the initiator', () => {
    const ctx = engineContext();
    const { formSchema, definition } = type('purchaseRequest');
    expectRule(() => startInstance({ definition, formSchema, form: { ...purchase('10'), budgetCode: '6602' }, initiator: { userId: 'u-guo' } }, ctx), 'FIELD_NOT_EDITABLE');
    let state = startInstance({ definition, formSchema, form: purchase('10'), initiator: { userId: 'u-guo' } }, ctx).state;
    state = act(state, { type: 'approve', taskId: pendingOf(state, 'u-hu').id, actorId: 'u-hu' }, ctx);
    expectRule(() => act(state, { type: 'approve', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', formPatch: { purpose: '改' } }, ctx), 'FIELD_NOT_EDITABLE');
    state = act(state, { type: 'approve', taskId: pendingOf(state, 'u-li').id, actorId: 'u-li', formPatch: { budgetCode: '6602-办公' } }, ctx);
    expect(state).toMatchObject({ status: 'approved', form: { budgetCode: '6602-办公' } });
  });

  it('办公用品申领: department head, then the head of 人事行政部', () => {
    expect(route('suppliesRequest', 'u-guo', { items: [{ itemName: '签字笔', quantity: '10', unit: '支' }] }).steps).toEqual([['u-hu'], ['u-lin']]);
  });

  it('通用审批: the approvers the initiator picked, one after another', () => {
    const form = { title: '参加展会', content: '申请参加上海工博会' };
    expect(route('generalRequest', 'u-guo', form, { 'general-chosen': ['u-li', 'u-zhang'] }).steps).toEqual([['u-li'], ['u-zhang']]);
    expectRule(() => route('generalRequest', 'u-guo', form), 'MISSING_CHOSEN_APPROVERS');
  });
});
