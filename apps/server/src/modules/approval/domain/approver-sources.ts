import type { ApproverSource, FormValues } from './contracts.ts';
import type { ApprovalDirectory } from './directory.ts';
import type { InitiatorRef } from './instance-state.ts';

export interface SourceContext {
  directory: ApprovalDirectory;
  initiator: InitiatorRef;
  form: FormValues;
  chosenApprovers: Record<string, string[]>;
}

/** Hard cap of 逐级 levels: deeper reporting lines do not exist in an SME. */
export const maxSuperiorLevels = 20;

/**
 * Who a source names, in order, active people only, each once. Resolution happens when the
 * flow reaches the node, so it follows the org as it is then (a new department head approves
 * requests submitted before they took over).
 */
export function resolveSource(source: ApproverSource, nodeId: string, ctx: SourceContext): string[] {
  const { directory } = ctx;
  const unique = (ids: string[]) => [...new Set(ids)].filter((id) => directory.isActive(id));
  switch (source.kind) {
    case 'users': return unique(source.userIds);
    case 'role': return unique(directory.usersWithRole(source.roleCode));
    case 'initiatorDepartmentHead': return departmentHeadAtLevel(source.level, ctx);
    case 'superiors': return unique(superiors(source.levels, source.untilRoleCode, ctx));
    case 'departmentHead': {
      const head = directory.departmentHeadOf(source.departmentId);
      return head ? unique([head]) : [];
    }
    case 'initiatorChoice': return unique(ctx.chosenApprovers[nodeId] ?? []);
    case 'formField': {
      const value = ctx.form[source.fieldKey];
      if (typeof value === 'string') return unique([value]);
      return Array.isArray(value) ? unique(value.filter((v): v is string => typeof v === 'string')) : [];
    }
  }
}

/**
 * 部门主管 of level N: walking up from the initiator's department, the N-th head who is neither
 * the initiator nor already counted. A head asking for leave goes to the head above them, and a
 * department without a (current) head passes to the next one up instead of stalling.
 */
function departmentHeadAtLevel(level: number, ctx: SourceContext): string[] {
  const { directory, initiator } = ctx;
  const departmentId = initiator.departmentId ?? directory.user(initiator.userId)?.departmentId ?? null;
  if (!departmentId) return [];
  const heads: string[] = [];
  for (const id of directory.departmentAncestors(departmentId)) {
    const head = directory.departmentHeadOf(id);
    if (!head || head === initiator.userId || heads.includes(head) || !directory.isActive(head)) continue;
    heads.push(head);
    if (heads.length === level) return [head];
  }
  return [];
}

/**
 * 逐级审批: superiors one level after another, up to N levels, or up to (and including) the first
 * holder of a role. When nobody in the line holds the role, the whole line approves.
 */
function superiors(levels: number | undefined, untilRoleCode: string | undefined, ctx: SourceContext): string[] {
  const chain = ctx.directory.superiorChain(ctx.initiator.userId, Math.min(levels ?? maxSuperiorLevels, maxSuperiorLevels));
  if (untilRoleCode === undefined) return chain;
  const stop = chain.findIndex((id) => ctx.directory.hasRole(id, untilRoleCode));
  return stop < 0 ? chain : chain.slice(0, stop + 1);
}

/** Everyone a 发起人自选 node may be given: candidates if restricted, otherwise anyone active. */
export function choiceAllowed(source: Extract<ApproverSource, { kind: 'initiatorChoice' }>, userId: string, directory: ApprovalDirectory): boolean {
  if (!directory.isActive(userId)) return false;
  const restricted = source.candidateUserIds !== undefined || source.candidateRoleCode !== undefined;
  if (!restricted) return true;
  return (source.candidateUserIds?.includes(userId) ?? false)
    || (source.candidateRoleCode !== undefined && directory.hasRole(userId, source.candidateRoleCode));
}
