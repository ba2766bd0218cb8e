import Decimal from 'decimal.js';
import { isConditionLeaf, type ConditionExpr, type ConditionLeaf, type ConditionOperator, type FormSchema, type FormValues } from './contracts.ts';
import type { ApprovalDirectory } from './directory.ts';
import type { InitiatorRef } from './instance-state.ts';

/**
 * How a condition subject compares. `decimal`: amounts and numbers, exactly (50000 ≥ 50000.00).
 * `department`: a department "belongs to" a listed one when it or any parent department is
 * listed, as in DingTalk ("发起人部门 属于 销售部" covers 销售一部).
 */
export type SubjectKind = 'decimal' | 'date' | 'text' | 'id' | 'set' | 'department';

export const operatorsByKind: Record<SubjectKind, readonly ConditionOperator[]> = {
  decimal: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between', 'in', 'notIn'],
  date: ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'between'],
  text: ['eq', 'ne', 'in', 'notIn', 'contains'],
  id: ['eq', 'ne', 'in', 'notIn'],
  set: ['contains', 'in', 'notIn'],
  department: ['eq', 'ne', 'in', 'notIn'],
};

/** The comparison kind of a subject, or null when it cannot be used in a condition. */
export function subjectKind(field: string, formSchema: FormSchema): SubjectKind | null {
  if (field === 'initiator.userId') return 'id';
  if (field === 'initiator.departmentId') return 'department';
  if (field === 'initiator.roleCodes') return 'set';
  const def = formSchema.fields.find((f) => f.key === field);
  if (!def) return null;
  switch (def.type) {
    case 'number': case 'money': return 'decimal';
    case 'date': return 'date';
    case 'text': return 'text';
    case 'select': return def.multiple ? 'set' : 'text';
    case 'user': return def.multiple ? 'set' : 'id';
    case 'department': return def.multiple ? 'set' : 'department';
    default: return null;
  }
}

export interface ConditionContext {
  form: FormValues;
  formSchema: FormSchema;
  initiator: InitiatorRef;
  directory: ApprovalDirectory;
}

export function evaluateCondition(expr: ConditionExpr, ctx: ConditionContext): boolean {
  if (isConditionLeaf(expr)) return evaluateLeaf(expr, ctx);
  if ('all' in expr) return expr.all.every((e) => evaluateCondition(e, ctx));
  return expr.any.some((e) => evaluateCondition(e, ctx));
}

function subjectValue(field: string, ctx: ConditionContext): unknown {
  if (field === 'initiator.userId') return ctx.initiator.userId;
  if (field === 'initiator.departmentId') return ctx.initiator.departmentId;
  if (field === 'initiator.roleCodes') return ctx.directory.user(ctx.initiator.userId)?.roleCodes ?? [];
  return ctx.form[field];
}

const asList = (value: string | string[]): string[] => (Array.isArray(value) ? value : [value]);

/** A missing value never matches, so an empty field falls through to the default branch. */
function evaluateLeaf(leaf: ConditionLeaf, ctx: ConditionContext): boolean {
  const kind = subjectKind(leaf.field, ctx.formSchema);
  const raw = subjectValue(leaf.field, ctx);
  if (!kind || raw === undefined || raw === null || raw === '') return false;
  if (!operatorsByKind[kind].includes(leaf.op)) return false;
  switch (kind) {
    case 'decimal': return typeof raw === 'string' && compareDecimal(raw, leaf.op, leaf.value);
    case 'date': return typeof raw === 'string' && compareOrdered(raw, leaf.op, leaf.value, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    case 'text': case 'id': return typeof raw === 'string' && compareText(raw, leaf.op, leaf.value);
    case 'set': return Array.isArray(raw) && compareSet(raw.map(String), leaf.op, leaf.value);
    case 'department': {
      if (typeof raw !== 'string') return false;
      if (leaf.op === 'eq' || leaf.op === 'ne') return compareText(raw, leaf.op, leaf.value);
      const lineage = ctx.directory.departmentAncestors(raw);
      const belongs = (lineage.length ? lineage : [raw]).some((d) => asList(leaf.value).includes(d));
      return leaf.op === 'in' ? belongs : !belongs;
    }
  }
}

function toDecimal(value: string): Decimal | null {
  try {
    const d = new Decimal(value.trim());
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

function compareDecimal(raw: string, op: ConditionOperator, value: string | string[]): boolean {
  const left = toDecimal(raw);
  if (!left) return false;
  const cmp = (a: string, b: string) => {
    const x = toDecimal(a);
    const y = toDecimal(b);
    return x && y ? x.comparedTo(y) : Number.NaN;
  };
  if (op === 'in' || op === 'notIn') {
    const hit = asList(value).some((v) => cmp(raw, v) === 0);
    return op === 'in' ? hit : !hit;
  }
  return compareOrdered(raw, op, value, cmp);
}

function compareOrdered(raw: string, op: ConditionOperator, value: string | string[], cmp: (a: string, b: string) => number): boolean {
  if (op === 'between') {
    if (!Array.isArray(value) || value.length !== 2) return false;
    const [low, high] = value as [string, string];
    return cmp(raw, low) >= 0 && cmp(raw, high) <= 0;
  }
  if (Array.isArray(value)) return false;
  const c = cmp(raw, value);
  if (Number.isNaN(c)) return false;
  switch (op) {
    case 'eq': return c === 0;
    case 'ne': return c !== 0;
    case 'gt': return c > 0;
    case 'gte': return c >= 0;
    case 'lt': return c < 0;
    case 'lte': return c <= 0;
    default: return false;
  }
}

function compareText(raw: string, op: ConditionOperator, value: string | string[]): boolean {
  switch (op) {
    case 'eq': return !Array.isArray(value) && raw === value;
    case 'ne': return !Array.isArray(value) && raw !== value;
    case 'in': return asList(value).includes(raw);
    case 'notIn': return !asList(value).includes(raw);
    case 'contains': return !Array.isArray(value) && raw.includes(value);
    default: return false;
  }
}

function compareSet(raw: string[], op: ConditionOperator, value: string | string[]): boolean {
  const wanted = asList(value);
  switch (op) {
    case 'contains': return wanted.every((v) => raw.includes(v));
    case 'in': return raw.some((v) => wanted.includes(v));
    case 'notIn': return !raw.some((v) => wanted.includes(v));
    default: return false;
  }
}
