import type { ApprovalAction, FlowNode } from '../contracts.ts';
import type { ChainRef } from '../definition-index.ts';
import { ApprovalRuleError } from '../engine-errors.ts';
import { enterChain } from '../flow.ts';
import type { FlowToken, InstanceState } from '../instance-state.ts';
import { returnToInitiator } from '../outcomes.ts';
import { addHistory, type Session } from '../session.ts';
import { closeTask, isOpen, requirePendingTask, runOf } from '../tasks.ts';

type Return = Extract<ApprovalAction, { type: 'return' }>;

export interface ReturnTarget { nodeId: string; name: string; tokenId: string }

/**
 * Where a task may be returned to (退回): approver nodes that came before it on its own path
 * and were approved by people in this round — inside condition branches only the branch taken,
 * never into a sibling parallel branch. Returning past a parallel node withdraws all its branches.
 */
export function returnTargets(state: InstanceState, session: Pick<Session, 'index'>, tokenId: string, fromNodeId: string): ReturnTarget[] {
  const { index } = session;
  const targets: ReturnTarget[] = [];
  const approvedByPeople = (nodeId: string) => {
    const latest = state.runs.filter((r) => r.nodeId === nodeId && r.round === state.round).at(-1);
    return latest?.status === 'approved' && latest.autoPass === null;
  };
  const collect = (node: FlowNode, owner: FlowToken) => {
    if (node.type === 'approver' && approvedByPeople(node.id)) targets.push({ nodeId: node.id, name: node.name, tokenId: owner.id });
    if (node.type === 'condition') {
      const taken = node.branches.find((b) => b.id === state.branchTaken[node.id]);
      for (const inner of [...(taken?.nodes ?? [])].reverse()) collect(inner, owner);
    }
  };

  let token = state.tokens.find((t) => t.id === tokenId);
  const start = index.node(fromNodeId);
  if (!token || !start) return targets;
  let chain: ChainRef = start.chain;
  let position = start.position;
  for (;;) {
    const nodes = index.chainNodes(chain);
    for (let i = position - 1; i >= 0; i -= 1) {
      const node = nodes[i];
      if (node) collect(node, token);
    }
    if (chain.kind === 'root') return targets;
    const owner = index.node(chain.ownerId);
    if (!owner) return targets;
    if (chain.parallel) {
      const parent: FlowToken | undefined = state.tokens.find((t) => t.id === token?.parentId);
      if (!parent) return targets;
      token = parent;
    }
    chain = owner.chain;
    position = owner.position;
  }
}

function descendants(state: InstanceState, tokenId: string): Set<string> {
  const out = new Set<string>();
  let frontier = [tokenId];
  while (frontier.length) {
    const next = state.tokens.filter((t) => t.parentId !== null && frontier.includes(t.parentId)).map((t) => t.id);
    next.forEach((id) => out.add(id));
    frontier = next;
  }
  return out;
}

export function returnTask(session: Session, action: Return & { actorId: string }): void {
  const { task, onBehalfOf } = requirePendingTask(session, action.taskId, action.actorId);
  if (task.kind === 'delegate') throw new ApprovalRuleError('NOT_ALLOWED_ON_DELEGATION');
  const { state } = session;
  const target = action.target.kind === 'node'
    ? returnTargets(state, session, task.tokenId, task.nodeId).find((t) => t.nodeId === (action.target.kind === 'node' ? action.target.nodeId : ''))
    : undefined;
  if (action.target.kind === 'node' && !target) throw new ApprovalRuleError('INVALID_RETURN_TARGET', { nodeId: action.target.nodeId });

  addHistory(session, {
    action: 'return', actorId: action.actorId, onBehalfOf, nodeId: task.nodeId, taskId: task.id,
    comment: action.comment ?? null, attachmentIds: action.attachmentIds ?? [],
    details: { target: target ? target.nodeId : 'initiator' },
  });
  closeTask(session, task, 'returned', action.actorId);
  const run = runOf(session, task);
  run.status = 'returned';
  run.finishedAt = session.ctx.now;
  if (!target) return returnToInitiator(session);

  // Everything downstream of the target on this path starts over.
  const owner = state.tokens.find((t) => t.id === target.tokenId);
  const location = session.index.node(target.nodeId);
  if (!owner || !location) throw new Error('return target vanished');
  const scope = descendants(state, owner.id).add(owner.id);
  for (const t of state.tasks) if (isOpen(t) && scope.has(t.tokenId)) closeTask(session, t, 'cancelled', null);
  for (const r of state.runs) {
    if (r.status === 'active' && scope.has(r.tokenId)) {
      r.status = 'cancelled';
      r.finishedAt = session.ctx.now;
    }
  }
  for (const t of state.tokens) if (t.id !== owner.id && scope.has(t.id) && t.status !== 'cancelled') t.status = 'cancelled';
  owner.status = 'active';
  owner.nodeId = null;
  // The returned-to node must be approved again, even by whoever approved just before it.
  owner.lastApproverIds = [];
  enterChain(session, owner, location.chain, location.position);
}
