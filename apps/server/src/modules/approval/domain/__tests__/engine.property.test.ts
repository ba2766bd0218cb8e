import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAction, type EngineAction } from '../apply-action.ts';
import type { ApprovalDefinition, ApproverSource, FlowNode } from '../contracts.ts';
import { walkNodes } from '../definition-index.ts';
import { isApprovalRuleError } from '../engine-errors.ts';
import { finalStatuses, openTaskStatuses, type ApprovalEffect, type EngineResult, type InstanceState } from '../instance-state.ts';
import { returnTargetsOf } from '../queries.ts';
import { reassignUser } from '../reassign-user.ts';
import { startInstance } from '../start-instance.ts';
import { onTimeout } from '../timeout.ts';
import { amountForm, directoryWith, engineContext, hoursAfter, settings, t0 } from './approval.fixtures.ts';

const pool = ['u-hu', 'u-li', 'u-lin', 'u-wang', 'u-zhang', 'u-guo', 'u-zhao', 'u-gone'];
const directory = directoryWith({ delegations: [{ userId: 'u-li', delegateId: 'u-wang', from: hoursAfter(t0, 5), to: hoursAfter(t0, 30) }] });

/** A random, valid definition grown from a list of numbers (so fast-check can shrink it). */
function buildDefinition(dna: number[]): ApprovalDefinition {
  let cursor = 0;
  let ids = 0;
  const pick = (n: number) => (dna[cursor++ % dna.length] ?? 0) % n;
  const id = (prefix: string) => `${prefix}${++ids}`;
  const source = (): ApproverSource => {
    switch (pick(6)) {
      case 0: return { kind: 'role', roleCode: ['finance', 'gm', 'nobody'][pick(3)] ?? 'gm' };
      case 1: return { kind: 'initiatorDepartmentHead', level: pick(2) + 1 };
      case 2: return { kind: 'superiors', levels: pick(3) + 1 };
      case 3: return { kind: 'formField', fieldKey: 'owner' };
      default: return { kind: 'users', userIds: [...new Set([pool[pick(6)], pool[pick(7)], pool[pick(8)]].slice(0, pick(3) + 1))] as string[] };
    }
  };
  const approver = (): FlowNode => {
    const src = source();
    const timeoutKind = (['escalate', 'autoApprove', 'autoReject'] as const)[pick(3)] ?? 'escalate';
    return {
      id: id('a'), type: 'approver', name: '审批', source: src,
      mode: src.kind === 'superiors' ? 'sequence' : (['all', 'any', 'sequence'] as const)[pick(3)] ?? 'all',
      ...(pick(4) === 0 ? { emptyApprover: (['autoPass', 'toAdmin', 'reject'] as const)[pick(3)] } : {}),
      ...(pick(3) === 0 ? { timeout: { remindAfterHours: 1, action: { kind: timeoutKind, afterHours: 2 } } } : {}),
    };
  };
  const chain = (depth: number): FlowNode[] => Array.from({ length: pick(3) }, () => node(depth));
  const node = (depth: number): FlowNode => {
    switch (depth >= 2 ? pick(2) : pick(6)) {
      case 2: return { id: id('cc'), type: 'cc', name: '抄送', sources: [{ kind: 'role', roleCode: 'hr' }] };
      case 3: return {
        id: id('c'), type: 'condition', name: '条件', branches: [
          { id: id('b'), name: '金额', condition: { field: 'amount', op: 'gt', value: String(pick(3) * 50) }, nodes: chain(depth + 1) },
          { id: id('b'), name: '其他', isDefault: true, nodes: chain(depth + 1) },
        ],
      };
      case 4: return { id: id('p'), type: 'parallel', name: '并行', branches: [0, 1, 2].slice(0, pick(2) + 2).map(() => ({ id: id('b'), name: '分支', nodes: chain(depth + 1) })) };
      default: return approver();
    }
  };
  return {
    schemaVersion: 1,
    settings: { ...settings, initiatorIsApprover: (['skip', 'selfApprove', 'toSuperior'] as const)[pick(3)] ?? 'skip', dedupeApprovers: pick(2) ? 'consecutive' : 'none' },
    start: { id: 'start', type: 'start', name: '发起人' },
    nodes: [approver(), ...chain(0)],
  };
}

const commandKinds = ['approve', 'approve', 'approve', 'reject', 'return', 'transfer', 'delegate', 'addBefore', 'addAfter', 'removeSigner',
  'withdraw', 'urge', 'comment', 'resubmit', 'timeout', 'reassign', 'outsider'] as const;
type Command = { kind: (typeof commandKinds)[number]; a: number; b: number; hours: number };

/** Runs a scenario, checking the invariants after every step; returns everything it saw. */
function runScenario(dna: number[], initiator: string, amount: string, commands: Command[]): { state: InstanceState; effects: ApprovalEffect[] } {
  const ctx = engineContext(directory);
  const definition = buildDefinition(dna);
  const chosen: Record<string, string[]> = {};
  walkNodes(definition.nodes, (n) => { if (n.type === 'approver' && n.source.kind === 'initiatorChoice') chosen[n.id] = ['u-lin']; });
  let result: EngineResult = startInstance({ definition, formSchema: amountForm, form: { amount, owner: 'u-lin' }, initiator: { userId: initiator }, chosenApprovers: chosen }, ctx);
  const seen: ApprovalEffect[] = [...result.effects];
  checkInvariants(result.state, seen);

  for (const command of commands) {
    ctx.tick(command.hours);
    const state = result.state;
    const before = JSON.stringify(state);
    const pending = state.tasks.filter((t) => t.status === 'pending');
    const task = pending[command.a % Math.max(pending.length, 1)];
    const someone = pool[command.b % pool.length] ?? 'u-hu';
    const attempt = (fn: () => EngineResult) => {
      try {
        result = fn();
      } catch (error) {
        if (!isApprovalRuleError(error)) throw error;
      }
      // Pure: the input state is never modified, whatever happened.
      expect(JSON.stringify(state)).toBe(before);
    };
    const as = (action: EngineAction) => attempt(() => applyAction(state, action, ctx));
    const actor = task ? (command.b % 3 === 0 ? directory.delegateOf(task.assigneeId, ctx.now) ?? task.assigneeId : task.assigneeId) : someone;

    switch (command.kind) {
      case 'approve': if (task) as({ type: 'approve', taskId: task.id, actorId: actor }); break;
      case 'reject': if (task) as({ type: 'reject', taskId: task.id, actorId: actor }); break;
      case 'return': if (task) {
        const targets = returnTargetsOf(state, task.id).map((t) => ({ kind: 'node' as const, nodeId: t.nodeId }));
        const options = [{ kind: 'initiator' as const }, ...targets];
        as({ type: 'return', taskId: task.id, actorId: actor, target: options[command.b % options.length] ?? { kind: 'initiator' } });
      } break;
      case 'transfer': if (task) as({ type: 'transfer', taskId: task.id, actorId: actor, toUserId: someone }); break;
      case 'delegate': if (task) as({ type: 'delegate', taskId: task.id, actorId: actor, toUserId: someone }); break;
      case 'addBefore': case 'addAfter': if (task) {
        as({ type: 'addSigner', taskId: task.id, actorId: actor, userIds: [someone], position: command.kind === 'addBefore' ? 'before' : 'after' });
      } break;
      case 'removeSigner': {
        const added = state.tasks.filter((t) => t.addedPosition !== null && openTaskStatuses.includes(t.status));
        const target = added[command.a % Math.max(added.length, 1)];
        const own = state.tasks.find((t) => t.id === target?.parentTaskId);
        if (target && own) as({ type: 'removeSigner', taskId: own.id, actorId: own.assigneeId, removeTaskId: target.id });
      } break;
      case 'withdraw': as({ type: 'withdraw', actorId: command.b % 4 === 0 ? someone : state.initiator.userId }); break;
      case 'urge': as({ type: 'urge', actorId: state.initiator.userId }); break;
      case 'comment': as({ type: 'comment', actorId: someone, comment: '意见' }); break;
      case 'resubmit': as({ type: 'resubmit', actorId: state.initiator.userId, form: { amount: command.b % 2 ? '10' : '500', owner: 'u-lin' } }); break;
      case 'timeout': if (task) attempt(() => onTimeout(state, task.id, ctx)); break;
      case 'reassign': attempt(() => reassignUser(state, (command.a % 3 ? task?.assigneeId : pool[command.a % pool.length]) ?? 'u-hu', someone, ctx)); break;
      case 'outsider': {
        const someTask = state.tasks[command.a % Math.max(state.tasks.length, 1)];
        if (!someTask) break;
        const outsider = pool.find((u, i) => i >= command.b % pool.length && u !== someTask.assigneeId && directory.delegateOf(someTask.assigneeId, ctx.now) !== u);
        if (!outsider) break;
        let refused = false;
        try {
          applyAction(state, { type: command.b % 2 ? 'approve' : 'reject', taskId: someTask.id, actorId: outsider }, ctx);
        } catch (error) {
          refused = isApprovalRuleError(error, 'NOT_ASSIGNEE');
        }
        expect(refused, `${outsider} acted on ${someTask.assigneeId}'s task`).toBe(true);
      } break;
    }
    if (result.state !== state) {
      expect(result.state.revision).toBe(state.revision + 1);
      if (finalStatuses.includes(state.status)) expect(result.state.status).toBe(state.status);
      seen.push(...result.effects);
    }
    checkInvariants(result.state, seen);
  }
  return { state: result.state, effects: seen };
}

function checkInvariants(state: InstanceState, effects: ApprovalEffect[]): void {
  const open = state.tasks.filter((t) => openTaskStatuses.includes(t.status));
  const finished = effects.filter((e) => e.type === 'instanceFinished');
  // A running instance always has someone to act; a stopped one has nobody.
  if (state.status === 'running') expect(open.some((t) => t.status === 'pending')).toBe(true);
  else expect(open).toEqual([]);
  // One final outcome at most, announced exactly once, matching the status.
  expect(finished.length).toBeLessThanOrEqual(1);
  if (finalStatuses.includes(state.status)) expect(finished).toEqual([{ type: 'instanceFinished', outcome: state.status }]);
  else expect(finished).toEqual([]);
  for (const task of open) expect(state.runs.find((r) => r.id === task.runId)?.status).toBe('active');
  expect(new Set(state.tasks.map((t) => t.id)).size).toBe(state.tasks.length);
  // An open node run always waits on someone.
  for (const run of state.runs.filter((r) => r.status === 'active')) expect(open.some((t) => t.runId === run.id)).toBe(true);
}

const scenario = fc.record({
  dna: fc.array(fc.nat({ max: 997 }), { minLength: 8, maxLength: 48 }),
  initiator: fc.constantFrom('u-guo', 'u-xu', 'u-wang', 'u-hu', 'u-zhang'),
  amount: fc.constantFrom('10', '100', '120.00', '1000'),
  commands: fc.array(fc.record({ kind: fc.constantFrom(...commandKinds), a: fc.nat(50), b: fc.nat(50), hours: fc.integer({ min: 0, max: 3 }) }), { maxLength: 40 }),
});

describe('engine invariants under random action sequences', () => {
  it('never a running instance without a pending task, never two outcomes, never an outsider acting', () => {
    fc.assert(fc.property(scenario, ({ dna, initiator, amount, commands }) => {
      runScenario(dna, initiator, amount, commands);
    }), { numRuns: 500 });
  });

  it('is deterministic: the same inputs give the same states and effects', () => {
    fc.assert(fc.property(scenario, ({ dna, initiator, amount, commands }) => {
      expect(JSON.stringify(runScenario(dna, initiator, amount, commands))).toBe(JSON.stringify(runScenario(dna, initiator, amount, commands)));
    }), { numRuns: 60 });
  });

  it('random scenarios reach every outcome (the generator is not degenerate)', () => {
    const outcomes = new Set<string>();
    fc.assert(fc.property(scenario, ({ dna, initiator, amount, commands }) => {
      outcomes.add(runScenario(dna, initiator, amount, commands).state.status);
    }), { numRuns: 300, seed: 42 });
    expect([...outcomes].sort()).toEqual(['approved', 'rejected', 'returned', 'running', 'withdrawn']);
  });
});
