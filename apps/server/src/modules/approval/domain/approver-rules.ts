import type { ApprovalMode, DefinitionSettings } from './contracts.ts';
import type { ApprovalDirectory } from './directory.ts';
import type { AutoPassReason, NodeRun } from './instance-state.ts';

export interface RuleInput {
  resolved: string[];
  mode: ApprovalMode;
  initiatorId: string;
  settings: DefinitionSettings;
  /** Who approved the node just before this one on the same path. */
  lastApproverIds: string[];
  directory: ApprovalDirectory;
}

export interface RuleOutcome {
  approvers: string[];
  skipped: NodeRun['skipped'];
  /** Set when the node passes without any task. */
  autoPass: AutoPassReason | null;
}

/**
 * DingTalk's approver rules, applied after the source resolved:
 * - the initiator among the approvers (审批人为发起人): skipped, asked to approve their own
 *   request, or replaced by their direct superior — per the definition's setting;
 * - the same person just approved the previous node (去重): they approve once, not twice;
 * - in 或签 a repeat approver's earlier approval is the one approval needed, so the node passes;
 *   the initiator, however, never passes a node for the others (a finance clerk's own expense
 *   still needs another finance approver).
 * The empty-approver rule (no one at all) is the caller's, since it may end the instance.
 */
export function applyApproverRules(input: RuleInput): RuleOutcome {
  const { settings, initiatorId, directory } = input;
  const skipped: NodeRun['skipped'] = [];
  let approvers = [...input.resolved];

  if (approvers.includes(initiatorId)) {
    if (settings.initiatorIsApprover === 'skip') {
      approvers = approvers.filter((id) => id !== initiatorId);
      skipped.push({ userId: initiatorId, reason: 'initiator' });
    } else if (settings.initiatorIsApprover === 'toSuperior') {
      const superior = directory.superiorChain(initiatorId, 1).find((id) => directory.isActive(id));
      approvers = approvers.flatMap((id) => (id !== initiatorId ? [id] : superior && !approvers.includes(superior) ? [superior] : []));
      if (!superior) skipped.push({ userId: initiatorId, reason: 'initiator' });
    }
  }

  if (settings.dedupeApprovers === 'consecutive') {
    for (const id of approvers.filter((a) => input.lastApproverIds.includes(a))) {
      skipped.push({ userId: id, reason: 'dedupe' });
    }
    approvers = approvers.filter((id) => !input.lastApproverIds.includes(id));
  }

  const first = skipped[0];
  if (first && approvers.length === 0) return { approvers: [], skipped, autoPass: first.reason };
  const repeat = skipped.find((s) => s.reason === 'dedupe');
  if (repeat && input.mode === 'any') return { approvers: [], skipped, autoPass: 'dedupe' };
  return { approvers, skipped, autoPass: null };
}
