import { enterApprover } from './approver-node.ts';
import { resolveSource } from './approver-sources.ts';
import type { CcNode, ConditionNode } from './contracts.ts';
import type { ChainRef } from './definition-index.ts';
import { evaluateCondition } from './expressions.ts';
import type { FlowToken, NodeRun } from './instance-state.ts';
import { blockersOf, decideRun } from './modes.ts';
import { finishInstance } from './outcomes.ts';
import { addHistory, emit, type Session } from './session.ts';
import { activateTask, tasksOfRun } from './tasks.ts';

/**
 * Moving tokens through the node tree. A token walks a chain until it parks at an approver
 * node with open tasks; CC nodes and condition nodes are passed on the way; a parallel node
 * parks its token and starts one child per branch; the end of the top-level chain approves.
 */
export function newToken(session: Session, parent: FlowToken | null, branchId: string | null): FlowToken {
  const token: FlowToken = {
    id: session.ctx.newId(), parentId: parent?.id ?? null, branchId, nodeId: null, status: 'active',
    lastApproverIds: parent ? [...parent.lastApproverIds] : [],
  };
  session.state.tokens.push(token);
  return token;
}

/** A new round from the first node: at submit, and again after each resubmission. */
export function startRound(session: Session): void {
  enterChain(session, newToken(session, null, null), { kind: 'root' }, 0);
}

export function enterChain(session: Session, token: FlowToken, startChain: ChainRef, startPosition: number): void {
  let chain = startChain;
  let position = startPosition;
  for (;;) {
    if (session.state.status !== 'running') return;
    const node = session.index.chainNodes(chain)[position];
    if (!node) {
      if (chain.kind === 'root') {
        token.status = 'done';
        token.nodeId = null;
        finishInstance(session, 'approved');
        return;
      }
      const owner = session.index.node(chain.ownerId);
      if (!owner) throw new Error(`unknown route node ${chain.ownerId}`);
      if (!chain.parallel) {
        chain = owner.chain;
        position = owner.position + 1;
        continue;
      }
      token.status = 'done';
      token.nodeId = null;
      joinIfComplete(session, token.parentId);
      return;
    }
    switch (node.type) {
      case 'cc':
        sendCc(session, node);
        position += 1;
        break;
      case 'condition': {
        const branch = pickBranch(session, node);
        session.state.branchTaken[node.id] = branch.id;
        chain = { kind: 'branch', ownerId: node.id, branchId: branch.id, parallel: false };
        position = 0;
        break;
      }
      case 'parallel': {
        token.status = 'waiting';
        token.nodeId = node.id;
        // All children exist before any moves, so an empty branch cannot join early.
        const children = node.branches.map((b) => ({ branch: b, child: newToken(session, token, b.id) }));
        for (const { branch, child } of children) {
          enterChain(session, child, { kind: 'branch', ownerId: node.id, branchId: branch.id, parallel: true }, 0);
        }
        return;
      }
      case 'approver':
        if (enterApprover(session, token, node)) return;
        position += 1;
        break;
    }
  }
}

/** Condition branches: the first match in order wins; the default branch takes the rest. */
function pickBranch(session: Session, node: ConditionNode): ConditionNode['branches'][number] {
  const { state, ctx } = session;
  const conditionCtx = { form: state.form, formSchema: state.formSchema, initiator: state.initiator, directory: ctx.directory };
  const match = node.branches.find((b) => !b.isDefault && b.condition !== undefined && evaluateCondition(b.condition, conditionCtx));
  const chosen = match ?? node.branches.find((b) => b.isDefault);
  if (!chosen) throw new Error(`condition node ${node.id} has no default branch`);
  return chosen;
}

/** 抄送: recipients are told and may read the instance; the flow does not wait for them. */
function sendCc(session: Session, node: CcNode): void {
  const { state, ctx } = session;
  const sourceCtx = { directory: ctx.directory, initiator: state.initiator, form: state.form, chosenApprovers: state.chosenApprovers };
  const userIds = [...new Set(node.sources.flatMap((s) => resolveSource(s, node.id, sourceCtx)))];
  if (userIds.length === 0) return;
  for (const id of userIds) if (!state.ccUserIds.includes(id)) state.ccUserIds.push(id);
  addHistory(session, { action: 'cc', nodeId: node.id, userIds });
  emit(session, { type: 'cc', nodeId: node.id, userIds });
}

/** 并行分支: the parent moves on when every branch has finished. */
function joinIfComplete(session: Session, parentId: string | null): void {
  const parent = session.state.tokens.find((t) => t.id === parentId);
  if (!parent || parent.status !== 'waiting' || !parent.nodeId) return;
  const children = session.state.tokens.filter((t) => t.parentId === parent.id && t.status !== 'cancelled');
  if (children.some((c) => c.status === 'active' || c.status === 'waiting')) return;
  parent.status = 'active';
  parent.lastApproverIds = [...new Set(children.flatMap((c) => c.lastApproverIds))];
  continueAfter(session, parent, parent.nodeId);
}

export function continueAfter(session: Session, token: FlowToken, nodeId: string): void {
  const location = session.index.node(nodeId);
  if (!location) throw new Error(`unknown node ${nodeId}`);
  token.nodeId = null;
  enterChain(session, token, location.chain, location.position + 1);
}

/**
 * After a task of the run closed in approval (or was removed / withdrawn): release held tasks,
 * open the next one in a sequence, or — when nothing is left open — approve the node and move on.
 */
export function settleRun(session: Session, run: NodeRun): void {
  if (run.status !== 'active' || session.state.status !== 'running') return;
  const tasks = tasksOfRun(session, run.id);
  const decision = decideRun(tasks);
  for (const task of decision.release) {
    const latest = blockersOf(task, tasks).at(-1);
    activateTask(session, task, latest?.kind === 'delegate' ? 'delegationReturned' : 'signersDone');
  }
  if (decision.activate) activateTask(session, decision.activate, 'assigned');
  if (!decision.complete) return;
  // A node passes on someone's approval, never because its tasks merely ran out.
  if (!tasks.some((t) => t.status === 'approved' && t.kind === 'approve')) throw new Error(`node run ${run.id} emptied without an approval`);
  run.status = 'approved';
  run.finishedAt = session.ctx.now;
  const token = session.state.tokens.find((t) => t.id === run.tokenId);
  if (!token) throw new Error(`unknown token ${run.tokenId}`);
  const approved = tasks.filter((t) => t.status === 'approved');
  token.lastApproverIds = [...new Set([
    ...approved.map((t) => t.assigneeId),
    ...approved.flatMap((t) => (t.decidedBy ? [t.decidedBy] : [])),
    ...run.skipped.map((s) => s.userId),
  ])];
  continueAfter(session, token, run.nodeId);
}
