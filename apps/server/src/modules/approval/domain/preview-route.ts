import { applyApproverRules } from './approver-rules.ts';
import { resolveSource, type SourceContext } from './approver-sources.ts';
import type { ApprovalDefinition, ApprovalMode, FlowNode, FormSchema } from './contracts.ts';
import type { ApprovalDirectory } from './directory.ts';
import { evaluateCondition } from './expressions.ts';
import type { AutoPassReason, InitiatorRef } from './instance-state.ts';

/**
 * The route a request would take if everyone approved — what DingTalk shows under the form
 * before submitting ("审批流程"), and how the engine knows which 发起人自选 nodes need a choice.
 */
export type RouteStep =
  | {
    type: 'approver'; nodeId: string; name: string; mode: ApprovalMode; userIds: string[];
    autoPass: AutoPassReason | null;
    /** No approver found: what the node's rule will do about it. */
    empty: 'toAdmin' | 'reject' | null;
    needsChoice: boolean;
  }
  | { type: 'cc'; nodeId: string; name: string; userIds: string[] }
  | { type: 'parallel'; nodeId: string; name: string; branches: RouteStep[][] };

export interface RouteInput {
  definition: ApprovalDefinition;
  formSchema: FormSchema;
  form: Record<string, unknown>;
  initiator: InitiatorRef;
  chosenApprovers: Record<string, string[]>;
  directory: ApprovalDirectory;
}

export function previewRoute(input: RouteInput): RouteStep[] {
  const sourceCtx: SourceContext = { directory: input.directory, initiator: input.initiator, form: input.form, chosenApprovers: input.chosenApprovers };
  const walk = (nodes: FlowNode[], last: string[]): { steps: RouteStep[]; last: string[] } => {
    const steps: RouteStep[] = [];
    for (const node of nodes) {
      if (node.type === 'cc') {
        steps.push({ type: 'cc', nodeId: node.id, name: node.name, userIds: [...new Set(node.sources.flatMap((s) => resolveSource(s, node.id, sourceCtx)))] });
      } else if (node.type === 'condition') {
        const ctx = { form: input.form, formSchema: input.formSchema, initiator: input.initiator, directory: input.directory };
        const branch = node.branches.find((b) => !b.isDefault && b.condition !== undefined && evaluateCondition(b.condition, ctx))
          ?? node.branches.find((b) => b.isDefault);
        if (branch) {
          const inner = walk(branch.nodes, last);
          steps.push(...inner.steps);
          last = inner.last;
        }
      } else if (node.type === 'parallel') {
        const branches = node.branches.map((b) => walk(b.nodes, last));
        steps.push({ type: 'parallel', nodeId: node.id, name: node.name, branches: branches.map((b) => b.steps) });
        last = [...new Set(branches.flatMap((b) => b.last))];
      } else {
        const resolved = resolveSource(node.source, node.id, sourceCtx);
        const rules = applyApproverRules({
          resolved, mode: node.mode, initiatorId: input.initiator.userId, settings: input.definition.settings,
          lastApproverIds: last, directory: input.directory,
        });
        const rule = node.emptyApprover ?? input.definition.settings.emptyApprover;
        const empty = !rules.autoPass && rules.approvers.length === 0 && rule !== 'autoPass' ? rule : null;
        steps.push({
          type: 'approver', nodeId: node.id, name: node.name, mode: node.mode, userIds: rules.approvers,
          autoPass: rules.autoPass ?? (rules.approvers.length === 0 && rule === 'autoPass' ? 'noApprover' : null),
          empty, needsChoice: node.source.kind === 'initiatorChoice',
        });
        last = [...rules.approvers, ...rules.skipped.map((s) => s.userId)];
      }
    }
    return { steps, last };
  };
  return walk(input.definition.nodes, []).steps;
}

/** 发起人自选 nodes on the route (parallel branches included). */
export function choiceNodesOnRoute(steps: RouteStep[]): string[] {
  return steps.flatMap((s) => {
    if (s.type === 'parallel') return s.branches.flatMap(choiceNodesOnRoute);
    return s.type === 'approver' && s.needsChoice ? [s.nodeId] : [];
  });
}
