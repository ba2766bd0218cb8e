import type { FormValues } from './contracts.ts';
import { ApprovalRuleError } from './engine-errors.ts';
import { fieldAccess } from './field-access.ts';
import { normalizeForm } from './form-values.ts';
import type { ApprovalTask, FieldChange } from './instance-state.ts';
import { addHistory, emit, type Session } from './session.ts';

/**
 * An approver corrects fields their node may edit (e.g. finance fixes an expense category).
 * Computed totals follow; every changed value, before and after, goes to the audit log.
 */
export function applyFormPatch(session: Session, task: ApprovalTask, patch: FormValues, actorId: string): void {
  const { state } = session;
  const access = fieldAccess(state.definition, state.formSchema, task.nodeId);
  const refused = Object.keys(patch).filter((key) => access[key] !== 'edit');
  if (refused.length) throw new ApprovalRuleError('FIELD_NOT_EDITABLE', { fields: refused });
  const next = normalizeForm(state.formSchema, { ...state.form, ...patch });
  if (next.issues.length) throw new ApprovalRuleError('INVALID_FORM', { issues: next.issues });
  const keys = new Set([...Object.keys(state.form), ...Object.keys(next.values)]);
  const changes: FieldChange[] = [...keys]
    .filter((key) => JSON.stringify(state.form[key]) !== JSON.stringify(next.values[key]))
    .map((key) => ({ key, before: state.form[key] ?? null, after: next.values[key] ?? null }));
  if (changes.length === 0) return;
  state.form = next.values;
  addHistory(session, { action: 'formEdit', actorId, nodeId: task.nodeId, taskId: task.id, details: { changes } });
  emit(session, { type: 'formChanged', nodeId: task.nodeId, taskId: task.id, changes });
}
