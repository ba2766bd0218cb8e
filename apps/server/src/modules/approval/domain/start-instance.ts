import { choiceAllowed } from './approver-sources.ts';
import type { ApprovalDefinition, FormSchema, FormValues, InitiatorScope } from './contracts.ts';
import { indexDefinition } from './definition-index.ts';
import type { ApprovalDirectory } from './directory.ts';
import { ApprovalRuleError } from './engine-errors.ts';
import { startRound } from './flow.ts';
import { normalizeForm } from './form-values.ts';
import type { EngineResult, InitiatorRef, InstanceState } from './instance-state.ts';
import { choiceNodesOnRoute, previewRoute } from './preview-route.ts';
import { addHistory, closeSession, openSession, type EngineContext } from './session.ts';
import { validateDefinition } from './validate-definition.ts';

export interface StartInput {
  definition: ApprovalDefinition;
  formSchema: FormSchema;
  form: FormValues;
  initiator: { userId: string; departmentId?: string | null };
  chosenApprovers?: Record<string, string[]>;
  comment?: string;
  attachmentIds?: string[];
}

/**
 * Submits a request (提交审批): checks who may submit, the form and the 发起人自选 picks, then
 * routes from the first node. The result already holds the first tasks (or the final outcome,
 * when no one needs to approve).
 */
export function startInstance(input: StartInput, ctx: EngineContext): EngineResult {
  const { definition, formSchema, directory } = { ...input, directory: ctx.directory };
  const definitionIssues = validateDefinition(definition, formSchema);
  if (definitionIssues.length) throw new ApprovalRuleError('INVALID_DEFINITION', { issues: definitionIssues });

  const initiator = resolveInitiator(input.initiator, directory);
  if (!mayInitiate(definition.start.initiators, initiator, directory)) throw new ApprovalRuleError('NOT_ALLOWED_TO_INITIATE');

  const locked = Object.entries(definition.start.fieldPermissions ?? {}).filter(([, p]) => p !== 'edit').map(([k]) => k);
  const lockedSent = locked.filter((key) => input.form[key] !== undefined);
  if (lockedSent.length) throw new ApprovalRuleError('FIELD_NOT_EDITABLE', { fields: lockedSent });
  const form = normalizeForm(formSchema, input.form);
  if (form.issues.length) throw new ApprovalRuleError('INVALID_FORM', { issues: form.issues });

  const chosenApprovers = input.chosenApprovers ?? {};
  checkChoices({ definition, formSchema, form: form.values, initiator, chosenApprovers, directory });

  const state: InstanceState = {
    stateVersion: 1, revision: 0, definition, formSchema, form: form.values, initiator, chosenApprovers,
    status: 'running', round: 1, tokens: [], branchTaken: {}, runs: [], tasks: [], history: [], ccUserIds: [],
    startedAt: ctx.now, finishedAt: null,
  };
  const session = openSession(state, ctx);
  addHistory(session, { action: 'submit', actorId: initiator.userId, comment: input.comment ?? null, attachmentIds: input.attachmentIds ?? [] });
  startRound(session);
  return closeSession(session);
}

function resolveInitiator(input: StartInput['initiator'], directory: ApprovalDirectory): InitiatorRef {
  const user = directory.user(input.userId);
  if (!user || !user.active) throw new ApprovalRuleError('NOT_ALLOWED_TO_INITIATE');
  return { userId: input.userId, departmentId: input.departmentId ?? user.departmentId };
}

/** 发起人范围: listed users, members of listed departments (sub-departments included), role holders. */
function mayInitiate(scope: InitiatorScope | undefined, initiator: InitiatorRef, directory: ApprovalDirectory): boolean {
  const users = scope?.userIds ?? [];
  const departments = scope?.departmentIds ?? [];
  const roles = scope?.roleCodes ?? [];
  if (users.length + departments.length + roles.length === 0) return true;
  const lineage = initiator.departmentId ? directory.departmentAncestors(initiator.departmentId) : [];
  return users.includes(initiator.userId)
    || lineage.some((d) => departments.includes(d))
    || roles.some((r) => directory.hasRole(initiator.userId, r));
}

/**
 * Every 发起人自选 node on the route needs a pick, and every pick must name allowed, active
 * people (one unless the node takes several). Checked again at each resubmission.
 */
export function checkChoices(input: {
  definition: ApprovalDefinition; formSchema: FormSchema; form: FormValues; initiator: InitiatorRef;
  chosenApprovers: Record<string, string[]>; directory: ApprovalDirectory;
}): void {
  const index = indexDefinition(input.definition);
  for (const [nodeId, userIds] of Object.entries(input.chosenApprovers)) {
    const node = index.approverNode(nodeId);
    const source = node?.source;
    if (!source || source.kind !== 'initiatorChoice' || userIds.length === 0 || (!source.multiple && userIds.length > 1)
      || !userIds.every((id) => choiceAllowed(source, id, input.directory))) {
      throw new ApprovalRuleError('INVALID_CHOSEN_APPROVERS', { nodeId });
    }
  }
  const missing = choiceNodesOnRoute(previewRoute(input)).filter((id) => !input.chosenApprovers[id]?.length);
  if (missing.length) throw new ApprovalRuleError('MISSING_CHOSEN_APPROVERS', { nodeIds: missing });
}
