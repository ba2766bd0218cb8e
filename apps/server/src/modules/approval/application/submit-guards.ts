import type { FormSchema, FormValues } from '@triad/contracts';
import { normalizeForm, type ApprovalDirectory } from '../domain/index.ts';

/** What a guard sees of a request being submitted: the checked form (computed totals filled in). */
export interface SubmitGuardInput {
  requestTypeCode: string;
  initiatorId: string;
  /** The initiator's department (the org's current one), if any. */
  departmentId: string | null;
  form: FormValues;
}

/**
 * Another module's check on a submission (e.g. finance's budget control on 报销). It runs inside
 * the submit transaction before the instance starts: throwing an AppError refuses the submission;
 * returning values patches the form (e.g. `{ overBudget: true }` so a condition branch can route
 * the request to the 总经理). Only fields of the form schema are patched.
 */
export type SubmitGuard = (input: SubmitGuardInput) => Promise<FormValues | void | null | undefined>;

const guards = new Map<string, SubmitGuard[]>();

/** Registers a guard for one request type code (called once at module load). */
export function registerSubmitGuard(requestTypeCode: string, guard: SubmitGuard): void {
  const list = guards.get(requestTypeCode) ?? [];
  list.push(guard);
  guards.set(requestTypeCode, list);
}

/** Runs the guards of a request type in registration order; returns the merged patches. */
export async function runSubmitGuards(input: SubmitGuardInput): Promise<FormValues> {
  const patch: FormValues = {};
  for (const guard of guards.get(input.requestTypeCode) ?? []) {
    const result = await guard({ ...input, form: { ...input.form, ...patch } });
    if (result) Object.assign(patch, result);
  }
  return patch;
}

/**
 * The form to start the instance with: the submitted one plus the guards' patches (fields the
 * schema knows only; a guard's value replaces the client's). An invalid form skips the guards:
 * the engine refuses it with its own issues. A patched field must stay editable at the start
 * node (start.fieldPermissions), as the engine refuses values for locked fields.
 */
export async function guardedForm(input: { requestTypeCode: string; initiatorId: string; formSchema: FormSchema; form: FormValues; directory: ApprovalDirectory }): Promise<FormValues> {
  const checked = normalizeForm(input.formSchema, input.form);
  if (checked.issues.length) return input.form;
  const patch = await runSubmitGuards({
    requestTypeCode: input.requestTypeCode, initiatorId: input.initiatorId,
    departmentId: input.directory.user(input.initiatorId)?.departmentId ?? null, form: checked.values,
  });
  const form = { ...input.form };
  for (const [key, value] of Object.entries(patch)) {
    const field = input.formSchema.fields.find((f) => f.key === key);
    if (!field) continue;
    const typed = typeof value === 'boolean' ? asFieldValue(field, value) : value;
    if (typed === undefined) delete form[key]; else form[key] = typed;
  }
  return form;
}

const truthy = ['true', 'yes', '1', 'Y', 'y', '是'];
const falsy = ['false', 'no', '0', 'N', 'n', '否'];

/**
 * Forms have no boolean field type: a guard's yes/no flag is written in the field's own type
 * (a select's yes/no option, 1/0 in a number field, "true"/"false" in a text field; as is otherwise).
 */
function asFieldValue(field: FormSchema['fields'][number], flag: boolean): unknown {
  const words = flag ? truthy : falsy;
  switch (field.type) {
    case 'select': {
      const option = field.options.find((o) => words.includes(o.value));
      return option ? (field.multiple ? [option.value] : option.value) : undefined;
    }
    case 'number': return flag ? '1' : '0';
    case 'text': return String(flag);
    default: return flag;
  }
}
