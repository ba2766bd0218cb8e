import Decimal from 'decimal.js';
import { isConditionLeaf, type ConditionExpr, type ConditionLeaf, type FormSchema } from './contracts.ts';
import { operatorsByKind, subjectKind, type SubjectKind } from './expressions.ts';
import { issue, type DefinitionIssue } from './validation-messages.ts';
import { parseIsoDate } from './working-days.ts';

const isDecimal = (v: string) => /^-?\d{1,16}(\.\d{1,6})?$/.test(v);

function valueFits(kind: SubjectKind, leaf: ConditionLeaf, schema: FormSchema): boolean {
  const list = Array.isArray(leaf.value) ? leaf.value : [leaf.value];
  const listOps = leaf.op === 'in' || leaf.op === 'notIn';
  if (leaf.op === 'between') {
    if (!Array.isArray(leaf.value) || leaf.value.length !== 2) return false;
  } else if (listOps) {
    if (list.length === 0) return false;
  } else if (Array.isArray(leaf.value) && !(kind === 'set' && leaf.op === 'contains')) {
    return false;
  }
  if (kind === 'decimal') return list.every(isDecimal);
  if (kind === 'date') return list.every((v) => parseIsoDate(v) !== null);
  const field = schema.fields.find((f) => f.key === leaf.field);
  // A select compares with its own option values, so a typo in the designer shows up at once.
  if (field?.type === 'select') return list.every((v) => field.options.some((o) => o.value === v));
  return list.every((v) => v.length > 0);
}

/** `between` with its low end above its high end can never be true. */
function neverMatches(kind: SubjectKind, leaf: ConditionLeaf): boolean {
  if (leaf.op !== 'between' || !Array.isArray(leaf.value) || leaf.value.length !== 2) return false;
  const [low, high] = leaf.value as [string, string];
  if (kind === 'decimal') return new Decimal(low).gt(high);
  return kind === 'date' && low > high;
}

/** Checks one branch condition against the form: known fields, fitting operators and values. */
export function validateCondition(expr: ConditionExpr, schema: FormSchema, branch: { id: string; name: string }): DefinitionIssue[] {
  const out: DefinitionIssue[] = [];
  const visit = (e: ConditionExpr) => {
    if (!isConditionLeaf(e)) {
      const items = 'all' in e ? e.all : e.any;
      if (items.length === 0) out.push(issue(branch.id, 'CONDITION_EMPTY_GROUP', { name: branch.name }));
      items.forEach(visit);
      return;
    }
    const kind = subjectKind(e.field, schema);
    const known = e.field.startsWith('initiator.') ? kind !== null : schema.fields.some((f) => f.key === e.field);
    if (!known) {
      out.push(issue(branch.id, 'CONDITION_UNKNOWN_FIELD', { name: branch.name, field: e.field }));
    } else if (!kind || !operatorsByKind[kind].includes(e.op)) {
      out.push(issue(branch.id, 'CONDITION_TYPE_MISMATCH', { field: e.field, op: e.op }));
    } else if (!valueFits(kind, e, schema)) {
      out.push(issue(branch.id, 'CONDITION_INVALID_VALUE', { field: e.field }));
    } else if (neverMatches(kind, e)) {
      out.push(issue(branch.id, 'BRANCH_NEVER_MATCHES', { name: branch.name }));
    }
  };
  visit(expr);
  return out;
}
