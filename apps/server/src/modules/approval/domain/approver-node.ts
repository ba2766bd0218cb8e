import type { ApproverNode } from './contracts.ts';
import { applyApproverRules } from './approver-rules.ts';
import { resolveSource } from './approver-sources.ts';
import type { FlowToken, NodeRun } from './instance-state.ts';
import { initialTaskStatus } from './modes.ts';
import { finishInstance } from './outcomes.ts';
import { addHistory, type Session } from './session.ts';
import { createTask } from './tasks.ts';

/**
 * A token reaches an approver node: resolve the approvers, apply the rules, and either open
 * the tasks (returns true: the token waits here) or pass on at once (returns false). With no
 * approver at all the node's empty-approver rule decides: pass, administrators, or reject —
 * and when there is no administrator either, the request is refused rather than waved through.
 */
export function enterApprover(session: Session, token: FlowToken, node: ApproverNode): boolean {
  const { state, ctx } = session;
  const resolved = resolveSource(node.source, node.id, {
    directory: ctx.directory, initiator: state.initiator, form: state.form, chosenApprovers: state.chosenApprovers,
  });
  const outcome = applyApproverRules({
    resolved, mode: node.mode, initiatorId: state.initiator.userId, settings: state.definition.settings,
    lastApproverIds: token.lastApproverIds, directory: ctx.directory,
  });
  const run: NodeRun = {
    id: ctx.newId(), nodeId: node.id, tokenId: token.id, round: state.round, mode: node.mode, status: 'active',
    autoPass: outcome.autoPass, resolvedUserIds: resolved, skipped: outcome.skipped, startedAt: ctx.now, finishedAt: null,
  };
  state.runs.push(run);

  let approvers = outcome.approvers;
  if (!outcome.autoPass && approvers.length === 0) {
    const rule = node.emptyApprover ?? state.definition.settings.emptyApprover;
    if (rule === 'toAdmin') approvers = ctx.directory.adminUserIds().filter((id) => ctx.directory.isActive(id));
    if (rule === 'reject' || (rule === 'toAdmin' && approvers.length === 0)) {
      run.status = 'rejected';
      run.finishedAt = ctx.now;
      addHistory(session, { action: 'reject', nodeId: node.id, details: { reason: 'noApprover' } });
      finishInstance(session, 'rejected');
      return true;
    }
    if (rule === 'autoPass') run.autoPass = 'noApprover';
  }

  if (run.autoPass) {
    run.status = 'approved';
    run.finishedAt = ctx.now;
    token.lastApproverIds = run.skipped.map((s) => s.userId);
    addHistory(session, { action: 'autoPass', nodeId: node.id, userIds: token.lastApproverIds, details: { reason: run.autoPass } });
    return false;
  }

  token.nodeId = node.id;
  token.status = 'active';
  approvers.forEach((userId, position) => {
    createTask(session, { run, userId, status: initialTaskStatus(node.mode, position), seq: position, reason: 'assigned' });
  });
  return true;
}
