import type { ApprovalDefinition, ApproverSource, FieldPermission, FlowNode, FormSchema, NodeTimeout } from './contracts.ts';
import { maxSuperiorLevels } from './approver-sources.ts';
import type { ApprovalDirectory } from './directory.ts';
import { validateCondition } from './validate-conditions.ts';
import { isComputedField, validateFormSchema } from './validate-form-schema.ts';
import { issue, type DefinitionIssue } from './validation-messages.ts';

export const maxNodes = 200;
export const maxDepth = 10;
export const maxDepartmentHeadLevel = 10;
/** A timeout beyond 30 days is a forgotten setting, not a business rule. */
export const maxTimeoutHours = 720;

/**
 * Everything that makes a definition unpublishable, as a list (empty = valid). With a directory
 * the users, roles and departments it names are checked too, and a node that can only ever
 * reject (no approver, rule `reject`) on the main path is refused: no request could pass.
 */
export function validateDefinition(definition: ApprovalDefinition, formSchema: FormSchema, directory?: ApprovalDirectory): DefinitionIssue[] {
  const out = validateFormSchema(formSchema);
  const seen = new Set<string>([definition.start.id]);
  let nodeCount = 0;
  let approverCount = 0;

  const claim = (id: string) => {
    if (seen.has(id)) out.push(issue(id, 'DUPLICATE_NODE_ID', { id }));
    seen.add(id);
  };

  checkPermissions(definition.start.id, definition.start.name, definition.start.fieldPermissions, formSchema, out);
  for (const field of formSchema.fields) {
    const access = definition.start.fieldPermissions?.[field.key];
    if (field.required && access !== undefined && access !== 'edit') out.push(issue(definition.start.id, 'START_FIELD_CONFLICT', { field: field.key }));
  }

  const visit = (nodes: FlowNode[], depth: number, onMainPath: boolean) => {
    if (depth > maxDepth) {
      out.push(issue(null, 'TOO_DEEP', { max: maxDepth }));
      return;
    }
    for (const node of nodes) {
      nodeCount += 1;
      claim(node.id);
      switch (node.type) {
        case 'approver':
          approverCount += 1;
          checkSource(node.id, node.name, node.source, formSchema, directory, out);
          if (node.source.kind === 'superiors' && node.mode !== 'sequence') out.push(issue(node.id, 'MODE_INVALID_FOR_SOURCE', { name: node.name }));
          if (node.timeout) checkTimeout(node.id, node.name, node.timeout, out);
          checkPermissions(node.id, node.name, node.fieldPermissions, formSchema, out);
          if (onMainPath && directory && (node.emptyApprover ?? definition.settings.emptyApprover) === 'reject' && certainlyEmpty(node.source, directory)) {
            out.push(issue(node.id, 'END_UNREACHABLE', { name: node.name }));
          }
          break;
        case 'cc':
          if (node.sources.length === 0) out.push(issue(node.id, 'SOURCE_INCOMPLETE', { name: node.name }));
          node.sources.forEach((s) => checkSource(node.id, node.name, s, formSchema, directory, out));
          checkPermissions(node.id, node.name, node.fieldPermissions, formSchema, out);
          break;
        case 'condition': {
          if (node.branches.length < 2) out.push(issue(node.id, 'BRANCHES_TOO_FEW', { name: node.name }));
          const defaults = node.branches.filter((b) => b.isDefault);
          if (defaults.length === 0) out.push(issue(node.id, 'MISSING_DEFAULT_BRANCH', { name: node.name }));
          if (defaults.length > 1) out.push(issue(node.id, 'MULTIPLE_DEFAULT_BRANCHES', { name: node.name }));
          for (const branch of node.branches) {
            claim(branch.id);
            if (branch.isDefault && branch.condition) out.push(issue(branch.id, 'DEFAULT_BRANCH_WITH_CONDITION', { name: branch.name }));
            if (!branch.isDefault && !branch.condition) out.push(issue(branch.id, 'BRANCH_WITHOUT_CONDITION', { name: branch.name }));
            if (!branch.isDefault && branch.condition) out.push(...validateCondition(branch.condition, formSchema, branch));
            visit(branch.nodes, depth + 1, false);
          }
          break;
        }
        case 'parallel':
          if (node.branches.length < 2) out.push(issue(node.id, 'BRANCHES_TOO_FEW', { name: node.name }));
          for (const branch of node.branches) {
            claim(branch.id);
            // Every parallel branch runs, so a branch that always rejects blocks the end too.
            visit(branch.nodes, depth + 1, onMainPath);
          }
          break;
      }
    }
  };
  visit(definition.nodes, 1, true);

  if (nodeCount > maxNodes) out.push(issue(null, 'TOO_MANY_NODES', { max: maxNodes }));
  if (approverCount === 0) out.push(issue(null, 'NO_APPROVER_NODE'));
  return out;
}

function checkSource(nodeId: string, name: string, source: ApproverSource, form: FormSchema, directory: ApprovalDirectory | undefined, out: DefinitionIssue[]): void {
  const incomplete = () => out.push(issue(nodeId, 'SOURCE_INCOMPLETE', { name }));
  switch (source.kind) {
    case 'users':
      if (source.userIds.length === 0) incomplete();
      else if (directory && source.userIds.some((id) => !directory.isActive(id))) out.push(issue(nodeId, 'UNKNOWN_USER', { name }));
      break;
    case 'role':
      if (!source.roleCode.trim()) incomplete();
      else checkRole(nodeId, name, source.roleCode, directory, out);
      break;
    case 'initiatorDepartmentHead':
      if (source.level < 1 || source.level > maxDepartmentHeadLevel) out.push(issue(nodeId, 'LEVELS_OUT_OF_RANGE', { name, max: maxDepartmentHeadLevel }));
      break;
    case 'superiors':
      if (source.levels === undefined && source.untilRoleCode === undefined) incomplete();
      if (source.levels !== undefined && (source.levels < 1 || source.levels > maxSuperiorLevels)) {
        out.push(issue(nodeId, 'LEVELS_OUT_OF_RANGE', { name, max: maxSuperiorLevels }));
      }
      if (source.untilRoleCode !== undefined) checkRole(nodeId, name, source.untilRoleCode, directory, out);
      break;
    case 'departmentHead':
      if (!source.departmentId) incomplete();
      else if (directory && !directory.department(source.departmentId)) out.push(issue(nodeId, 'UNKNOWN_DEPARTMENT', { name }));
      break;
    case 'initiatorChoice':
      if (source.candidateUserIds !== undefined && source.candidateUserIds.length === 0) incomplete();
      if (source.candidateRoleCode !== undefined) checkRole(nodeId, name, source.candidateRoleCode, directory, out);
      break;
    case 'formField': {
      const field = form.fields.find((f) => f.key === source.fieldKey);
      if (field?.type !== 'user') out.push(issue(nodeId, 'SOURCE_FIELD_INVALID', { name, field: source.fieldKey }));
      break;
    }
  }
}

function checkRole(nodeId: string, name: string, role: string, directory: ApprovalDirectory | undefined, out: DefinitionIssue[]): void {
  if (directory && directory.usersWithRole(role).length === 0) out.push(issue(nodeId, 'UNKNOWN_ROLE', { name, role }));
}

/** Sources that, given the directory as it is, name nobody whoever submits. */
function certainlyEmpty(source: ApproverSource, directory: ApprovalDirectory): boolean {
  switch (source.kind) {
    case 'users': return !source.userIds.some((id) => directory.isActive(id));
    case 'role': return !directory.usersWithRole(source.roleCode).some((id) => directory.isActive(id));
    case 'departmentHead': {
      const head = directory.departmentHeadOf(source.departmentId);
      return !head || !directory.isActive(head);
    }
    default: return false;
  }
}

function checkTimeout(nodeId: string, name: string, timeout: NodeTimeout, out: DefinitionIssue[]): void {
  const inRange = (h: number) => Number.isFinite(h) && h > 0 && h <= maxTimeoutHours;
  const remind = timeout.remindAfterHours;
  const act = timeout.action?.afterHours;
  const consistent = (remind !== undefined || act !== undefined)
    && (remind === undefined || inRange(remind))
    && (act === undefined || inRange(act))
    && (remind === undefined || act === undefined || act > remind);
  if (!consistent) out.push(issue(nodeId, 'TIMEOUT_INCONSISTENT', { name }));
}

function checkPermissions(nodeId: string, name: string, permissions: Record<string, FieldPermission> | undefined, form: FormSchema, out: DefinitionIssue[]): void {
  for (const [field, access] of Object.entries(permissions ?? {})) {
    if (!form.fields.some((f) => f.key === field)) out.push(issue(nodeId, 'FIELD_PERMISSION_UNKNOWN_FIELD', { name, field }));
    else if (access === 'edit' && isComputedField(form, field)) out.push(issue(nodeId, 'FIELD_PERMISSION_COMPUTED_EDIT', { field }));
  }
}
