import { approvalDefinition, formSchema, type ApprovalDefinition, type FormSchema } from '@triad/contracts';
import { issueMessage } from '../../../shared/form/issue-message.ts';
import type { ValidationError } from '../api.ts';

/**
 * The server refuses a draft that does not match the schema (an approver node naming no role,
 * a field key with a space…), so the designer checks locally first and pins each problem on
 * the deepest node or branch on its path, the way the rule validation shows its errors.
 */
function ownerOnPath(root: unknown, path: readonly PropertyKey[]): { id: string; name: string } | null {
  let current: unknown = root;
  let owner: { id: string; name: string } | null = null;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) break;
    current = (current as Record<PropertyKey, unknown>)[key];
    if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
      const { id, name } = current as { id?: unknown; name?: unknown };
      if (typeof id === 'string') owner = { id, name: typeof name === 'string' ? name : id };
    }
  }
  return owner;
}

export function draftSchemaErrors(definition: ApprovalDefinition, form: FormSchema): ValidationError[] {
  const errors: ValidationError[] = [];
  const def = approvalDefinition.safeParse(definition);
  if (!def.success) {
    for (const issue of def.error.issues) {
      const owner = ownerOnPath(definition, issue.path);
      const field = String(issue.path[issue.path.length - 1] ?? '');
      errors.push({ nodeId: owner?.id ?? null, code: 'schema', message: `${owner ? `${owner.name} · ` : ''}${field}: ${issueMessage(issue)}` });
    }
  }
  const fields = formSchema.safeParse(form);
  if (!fields.success) {
    for (const issue of fields.error.issues) errors.push({ nodeId: null, code: 'form', message: `${issue.path.join('.')}: ${issueMessage(issue)}` });
  }
  return errors;
}
