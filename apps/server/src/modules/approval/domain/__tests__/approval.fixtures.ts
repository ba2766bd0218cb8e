import { expect } from 'vitest';
import { applyAction, type EngineAction } from '../apply-action.ts';
import type { ApprovalDefinition, FlowNode, FormSchema } from '../contracts.ts';
import { createDirectory, type ApprovalDirectory, type DirectoryUser, type OrgSnapshot, type OutOfOfficeDelegation } from '../directory.ts';
import { isApprovalRuleError, type ApprovalRuleCode } from '../engine-errors.ts';
import type { EngineContext } from '../session.ts';
import { startInstance, type StartInput } from '../start-instance.ts';
import type { ApprovalTask, EngineResult, InstanceState } from '../instance-state.ts';

/**
 * A small company shaped like the demo company: 总经理 张伟 on top, department heads reporting
 * to him, staff reporting to their heads; 销售一部 is a sub-department without its own head.
 */
const user = (id: string, departmentId: string, superiorId: string | null, roleCodes: string[] = [], active = true): DirectoryUser =>
  ({ id, departmentId, superiorId, roleCodes, active });

export const org: OrgSnapshot = {
  departments: [
    { id: 'd-root', parentId: null, headUserId: 'u-zhang' },
    { id: 'd-gmo', parentId: 'd-root', headUserId: 'u-zhang' },
    { id: 'd-fin', parentId: 'd-root', headUserId: 'u-li' },
    { id: 'd-pur', parentId: 'd-root', headUserId: 'u-liu' },
    { id: 'd-sal', parentId: 'd-root', headUserId: 'u-wu' },
    { id: 'd-sal1', parentId: 'd-sal', headUserId: null },
    { id: 'd-tec', parentId: 'd-root', headUserId: 'u-hu' },
    { id: 'd-hra', parentId: 'd-root', headUserId: 'u-lin' },
  ],
  users: [
    user('u-zhang', 'd-gmo', null, ['gm']),
    user('u-li', 'd-fin', 'u-zhang', ['manager', 'finance']),
    user('u-wang', 'd-fin', 'u-li', ['staff', 'finance']),
    user('u-zhao', 'd-fin', 'u-li', ['staff', 'finance']),
    user('u-liu', 'd-pur', 'u-zhang', ['manager']),
    user('u-chen', 'd-pur', 'u-liu', ['staff']),
    user('u-wu', 'd-sal', 'u-zhang', ['manager']),
    user('u-xu', 'd-sal1', 'u-wu', ['staff']),
    user('u-sun', 'd-sal', 'u-wu', ['staff']),
    user('u-hu', 'd-tec', 'u-zhang', ['manager']),
    user('u-guo', 'd-tec', 'u-hu', ['staff']),
    user('u-lin', 'd-hra', 'u-zhang', ['manager', 'hr']),
    user('u-admin', 'd-gmo', null, ['admin']),
    user('u-gone', 'd-tec', 'u-hu', ['staff'], false),
  ],
  adminUserIds: ['u-admin'],
  delegations: [],
};

export const refs = { financeDepartmentId: 'd-fin', procurementDepartmentId: 'd-pur', adminDepartmentId: 'd-hra' };

export function directoryWith(changes: { delegations?: OutOfOfficeDelegation[]; admins?: string[]; users?: DirectoryUser[] } = {}): ApprovalDirectory {
  return createDirectory({
    ...org,
    delegations: changes.delegations ?? [],
    adminUserIds: changes.admins ?? org.adminUserIds,
    users: changes.users ?? org.users,
  });
}

export const t0 = '2025-03-03T01:00:00.000Z'; // a Monday, 09:00 in Beijing
export const hoursAfter = (iso: string, h: number) => new Date(Date.parse(iso) + h * 3_600_000).toISOString();

/** Deterministic ids and an explicit clock, as the runtime would pass UUIDv7 and `new Date()`. */
export function engineContext(directory: ApprovalDirectory = directoryWith(), now = t0): EngineContext & { tick: (hours?: number) => void } {
  let n = 0;
  const ctx = {
    directory, now,
    newId: () => `id-${++n}`,
    tick(hours = 1) { ctx.now = hoursAfter(ctx.now, hours); },
  };
  return ctx;
}

export const settings: ApprovalDefinition['settings'] = { emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'consecutive', urgeIntervalMinutes: 30 };

export function flow(nodes: FlowNode[], overrides: Partial<ApprovalDefinition['settings']> = {}): ApprovalDefinition {
  return { schemaVersion: 1, settings: { ...settings, ...overrides }, start: { id: 'start', type: 'start', name: '发起人' }, nodes };
}

export const amountForm: FormSchema = {
  fields: [
    { key: 'amount', type: 'money', label: '金额', required: true },
    { key: 'note', type: 'text', label: '备注' },
    { key: 'owner', type: 'user', label: '负责人' },
    { key: 'dept', type: 'department', label: '部门' },
    { key: 'kind', type: 'select', label: '类别', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
  ],
};

export const users = (id: string, userIds: string[], mode: 'all' | 'any' | 'sequence' = 'any', extra: Partial<FlowNode> = {}): FlowNode =>
  ({ id, type: 'approver', name: id, source: { kind: 'users', userIds }, mode, ...extra }) as FlowNode;

export function start(definition: ApprovalDefinition, ctx: EngineContext, input: Partial<StartInput> = {}): EngineResult {
  return startInstance({ definition, formSchema: amountForm, form: { amount: '100.00' }, initiator: { userId: 'u-guo' }, ...input }, ctx);
}

export function act(state: InstanceState, action: EngineAction, ctx: EngineContext): InstanceState {
  return applyAction(state, action, ctx).state;
}

export const pending = (state: InstanceState): ApprovalTask[] => state.tasks.filter((t) => t.status === 'pending');
export const pendingOf = (state: InstanceState, userId: string): ApprovalTask => {
  const task = state.tasks.find((t) => t.status === 'pending' && t.assigneeId === userId);
  if (!task) throw new Error(`no pending task for ${userId}: ${JSON.stringify(pending(state).map((t) => t.assigneeId))}`);
  return task;
};
export const assignees = (state: InstanceState): string[] => pending(state).map((t) => t.assigneeId).sort();

/** Approves the pending task of each user in turn. */
export function approveAll(state: InstanceState, ctx: EngineContext, ...userIds: string[]): InstanceState {
  return userIds.reduce((s, u) => act(s, { type: 'approve', taskId: pendingOf(s, u).id, actorId: u }, ctx), state);
}

export function expectRule(fn: () => unknown, code: ApprovalRuleCode): void {
  try {
    fn();
  } catch (error) {
    if (isApprovalRuleError(error)) {
      expect(error.code).toBe(code);
      return;
    }
    throw error;
  }
  throw new Error(`expected ApprovalRuleError ${code}, nothing was thrown`);
}
