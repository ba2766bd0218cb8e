import { describe, expect, it } from 'vitest';
import type { ConditionExpr, FormSchema, FormValues } from '../contracts.ts';
import { evaluateCondition } from '../expressions.ts';
import { directoryWith } from './approval.fixtures.ts';

const schema: FormSchema = {
  fields: [
    { key: 'amount', type: 'money', label: '金额' },
    { key: 'days', type: 'number', label: '天数' },
    { key: 'date', type: 'date', label: '日期' },
    { key: 'title', type: 'text', label: '标题' },
    { key: 'kind', type: 'select', label: '类别', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }] },
    { key: 'tags', type: 'select', label: '标签', multiple: true, options: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }] },
    { key: 'owner', type: 'user', label: '负责人' },
    { key: 'dept', type: 'department', label: '部门' },
    { key: 'files', type: 'attachment', label: '附件' },
  ],
};

const form: FormValues = {
  amount: '50000.00', days: '3.5', date: '2025-03-10', title: '北京出差', kind: 'a', tags: ['x'], owner: 'u-hu', dept: 'd-sal1', files: ['f1'],
};
const ctx = { form, formSchema: schema, initiator: { userId: 'u-xu', departmentId: 'd-sal1' }, directory: directoryWith() };
const check = (expr: ConditionExpr, over: Partial<typeof ctx> = {}) => evaluateCondition(expr, { ...ctx, ...over });

describe('condition expressions', () => {
  it('compares money as exact decimals: 50000.00 ≥ 50000, not > 50000', () => {
    expect(check({ field: 'amount', op: 'gte', value: '50000' })).toBe(true);
    expect(check({ field: 'amount', op: 'gt', value: '50000' })).toBe(false);
    expect(check({ field: 'amount', op: 'eq', value: '50000' })).toBe(true);
    expect(check({ field: 'amount', op: 'ne', value: '50000.01' })).toBe(true);
    expect(check({ field: 'amount', op: 'lt', value: '50000.01' })).toBe(true);
    expect(check({ field: 'amount', op: 'lte', value: '49999.99' })).toBe(false);
    // 0.1 + 0.2 style float traps do not exist here.
    expect(check({ field: 'amount', op: 'eq', value: '0.3' }, { form: { ...form, amount: '0.30' } })).toBe(true);
  });

  it('between is inclusive at both ends; in / notIn compare numerically', () => {
    expect(check({ field: 'days', op: 'between', value: ['3.5', '5'] })).toBe(true);
    expect(check({ field: 'days', op: 'between', value: ['1', '3.4'] })).toBe(false);
    expect(check({ field: 'days', op: 'in', value: ['1', '3.50'] })).toBe(true);
    expect(check({ field: 'days', op: 'notIn', value: ['1', '3.50'] })).toBe(false);
  });

  it('compares dates in calendar order', () => {
    expect(check({ field: 'date', op: 'gt', value: '2025-03-09' })).toBe(true);
    expect(check({ field: 'date', op: 'between', value: ['2025-03-01', '2025-03-31'] })).toBe(true);
    expect(check({ field: 'date', op: 'lt', value: '2025-03-10' })).toBe(false);
  });

  it('text: equality, lists and contains', () => {
    expect(check({ field: 'title', op: 'contains', value: '出差' })).toBe(true);
    expect(check({ field: 'kind', op: 'in', value: ['a', 'b'] })).toBe(true);
    expect(check({ field: 'kind', op: 'notIn', value: ['a'] })).toBe(false);
    expect(check({ field: 'kind', op: 'eq', value: 'b' })).toBe(false);
  });

  it('multi-selects: contains all given, in = any overlap, notIn = no overlap', () => {
    expect(check({ field: 'tags', op: 'contains', value: 'x' })).toBe(true);
    expect(check({ field: 'tags', op: 'contains', value: ['x', 'y'] })).toBe(false);
    expect(check({ field: 'tags', op: 'in', value: ['y', 'x'] })).toBe(true);
    expect(check({ field: 'tags', op: 'notIn', value: ['y'] })).toBe(true);
  });

  it('a department belongs to a listed department when it or a parent is listed (销售一部 ⊂ 销售部)', () => {
    expect(check({ field: 'initiator.departmentId', op: 'in', value: ['d-sal'] })).toBe(true);
    expect(check({ field: 'initiator.departmentId', op: 'notIn', value: ['d-sal'] })).toBe(false);
    expect(check({ field: 'initiator.departmentId', op: 'eq', value: 'd-sal' })).toBe(false);
    expect(check({ field: 'dept', op: 'in', value: ['d-fin', 'd-sal'] })).toBe(true);
    expect(check({ field: 'dept', op: 'in', value: ['d-fin'] })).toBe(false);
  });

  it('initiator attributes: user and role codes', () => {
    expect(check({ field: 'initiator.userId', op: 'eq', value: 'u-xu' })).toBe(true);
    expect(check({ field: 'initiator.roleCodes', op: 'contains', value: 'staff' })).toBe(true);
    expect(check({ field: 'initiator.roleCodes', op: 'in', value: ['gm', 'finance'] })).toBe(false);
    expect(check({ field: 'owner', op: 'in', value: ['u-hu', 'u-li'] })).toBe(true);
  });

  it('all / any combine, nested', () => {
    const big: ConditionExpr = { field: 'amount', op: 'gte', value: '10000' };
    const sales: ConditionExpr = { field: 'initiator.departmentId', op: 'in', value: ['d-sal'] };
    const finance: ConditionExpr = { field: 'initiator.departmentId', op: 'in', value: ['d-fin'] };
    expect(check({ all: [big, sales] })).toBe(true);
    expect(check({ all: [big, finance] })).toBe(false);
    expect(check({ any: [finance, { all: [big, sales] }] })).toBe(true);
    expect(check({ any: [] })).toBe(false);
  });

  it('a missing value never matches, not even ne / notIn — the default branch takes it', () => {
    const empty = { ...ctx, form: {} };
    expect(check({ field: 'amount', op: 'ne', value: '1' }, empty)).toBe(false);
    expect(check({ field: 'kind', op: 'notIn', value: ['a'] }, empty)).toBe(false);
  });

  it('unknown fields, unsupported operators and uncomparable types are false, never a crash', () => {
    expect(check({ field: 'nope', op: 'eq', value: '1' })).toBe(false);
    expect(check({ field: 'files', op: 'eq', value: 'f1' })).toBe(false);
    expect(check({ field: 'date', op: 'contains', value: '2025' })).toBe(false);
    expect(check({ field: 'amount', op: 'gt', value: 'lots' })).toBe(false);
    expect(check({ field: 'amount', op: 'gt', value: '1' }, { form: { ...form, amount: 'NaN' } })).toBe(false);
  });
});
