import { describe, expect, it } from 'vitest';
import { approvalDefinition, requestTypeDefinition, type ApprovalDefinition, type FlowNode, type FormSchema } from '../contracts.ts';
import { requestTypes } from '../request-types.ts';
import { validateDefinition } from '../validate-definition.ts';
import type { DefinitionIssueCode } from '../validation-messages.ts';
import { amountForm, directoryWith, flow, refs, users } from './approval.fixtures.ts';

const codes = (def: ApprovalDefinition, form: FormSchema = amountForm, withDirectory = false) =>
  validateDefinition(def, form, withDirectory ? directoryWith() : undefined).map((i) => `${i.nodeId ?? '-'}:${i.code}`);
const approver = (id: string, source: Extract<FlowNode, { type: 'approver' }>['source'], extra: object = {}): FlowNode =>
  ({ id, type: 'approver', name: id, source, mode: 'any', ...extra }) as FlowNode;
const condition = (branches: object[]): FlowNode => ({ id: 'c', type: 'condition', name: '条件', branches } as FlowNode);
const ok = users('a', ['u-hu']);

describe('validateDefinition', () => {
  it('accepts the five seeded request types, which also parse with the contract schemas', () => {
    for (const type of requestTypes(refs)) {
      expect(validateDefinition(type.definition, type.formSchema, directoryWith()), type.code).toEqual([]);
      expect(requestTypeDefinition.parse(type)).toEqual(type);
    }
  });

  it('gives each issue in Chinese and English, pointing at the node', () => {
    const [issue] = validateDefinition(flow([condition([{ id: 'b1', name: '大额', condition: { field: 'amount', op: 'gt', value: '1' }, nodes: [ok] }])]), amountForm);
    expect(issue).toEqual({
      nodeId: 'c', code: 'BRANCHES_TOO_FEW', details: { name: '条件' },
      message: { 'zh-CN': '“条件”至少需要两个分支', 'en-US': '"条件" needs at least two branches' },
    });
  });

  it('requires a default branch, exactly one, without a condition; others need one', () => {
    const cond = { field: 'amount', op: 'gt', value: '1' };
    expect(codes(flow([condition([{ id: 'b1', name: 'x', condition: cond, nodes: [ok] }, { id: 'b2', name: 'y', condition: cond, nodes: [] }])])))
      .toContain('c:MISSING_DEFAULT_BRANCH');
    expect(codes(flow([condition([{ id: 'b1', name: 'x', isDefault: true, nodes: [ok] }, { id: 'b2', name: 'y', isDefault: true, condition: cond, nodes: [] }])])))
      .toEqual(expect.arrayContaining(['c:MULTIPLE_DEFAULT_BRANCHES', 'b2:DEFAULT_BRANCH_WITH_CONDITION']));
    expect(codes(flow([ok, condition([{ id: 'b1', name: 'x', nodes: [] }, { id: 'b2', name: 'y', isDefault: true, nodes: [] }])])))
      .toEqual(['b1:BRANCH_WITHOUT_CONDITION']);
  });

  it('checks conditions against the form: unknown fields, operators, values, impossible ranges', () => {
    const branch = (id: string, condition: object) => ({ id, name: id, condition, nodes: [] });
    const def = flow([ok, condition([
      branch('b1', { field: 'price', op: 'gt', value: '1' }),
      branch('b2', { field: 'note', op: 'gt', value: '1' }),
      branch('b3', { field: 'amount', op: 'gt', value: 'many' }),
      branch('b4', { field: 'kind', op: 'eq', value: 'z' }),
      branch('b5', { field: 'amount', op: 'between', value: ['9', '1'] }),
      branch('b6', { any: [] }),
      branch('b7', { field: 'amount', op: 'in', value: [] }),
      branch('b8', { field: 'initiator.height', op: 'eq', value: '1' }),
      branch('b9', { all: [{ field: 'initiator.departmentId', op: 'in', value: ['d-sal'] }, { field: 'amount', op: 'between', value: ['1', '9'] }] }),
      { id: 'd', name: 'd', isDefault: true, nodes: [] },
    ])]);
    expect(codes(def)).toEqual([
      'b1:CONDITION_UNKNOWN_FIELD', 'b2:CONDITION_TYPE_MISMATCH', 'b3:CONDITION_INVALID_VALUE', 'b4:CONDITION_INVALID_VALUE',
      'b5:BRANCH_NEVER_MATCHES', 'b6:CONDITION_EMPTY_GROUP', 'b7:CONDITION_INVALID_VALUE', 'b8:CONDITION_UNKNOWN_FIELD',
    ]);
  });

  it('refuses duplicate ids (nodes, branches, start), empty flows and too few parallel branches', () => {
    expect(codes(flow([users('start', ['u-hu']), ok, users('a', ['u-li'])]))).toEqual(['start:DUPLICATE_NODE_ID', 'a:DUPLICATE_NODE_ID']);
    expect(codes(flow([]))).toEqual(['-:NO_APPROVER_NODE']);
    expect(codes(flow([ok, { id: 'p', type: 'parallel', name: '并行', branches: [{ id: 'a', name: 'x', nodes: [] }] }])))
      .toEqual(['p:BRANCHES_TOO_FEW', 'a:DUPLICATE_NODE_ID']);
  });

  it('checks approver sources: complete, levels in range, mode, form fields', () => {
    const expectations: Array<[FlowNode, DefinitionIssueCode]> = [
      [approver('n', { kind: 'users', userIds: [] }), 'SOURCE_INCOMPLETE'],
      [approver('n', { kind: 'role', roleCode: ' ' }), 'SOURCE_INCOMPLETE'],
      [approver('n', { kind: 'superiors' }, { mode: 'sequence' }), 'SOURCE_INCOMPLETE'],
      [approver('n', { kind: 'superiors', levels: 0 }, { mode: 'sequence' }), 'LEVELS_OUT_OF_RANGE'],
      [approver('n', { kind: 'superiors', levels: 21 }, { mode: 'sequence' }), 'LEVELS_OUT_OF_RANGE'],
      [approver('n', { kind: 'superiors', levels: 2 }, { mode: 'all' }), 'MODE_INVALID_FOR_SOURCE'],
      [approver('n', { kind: 'initiatorDepartmentHead', level: 11 }), 'LEVELS_OUT_OF_RANGE'],
      [approver('n', { kind: 'departmentHead', departmentId: '' }), 'SOURCE_INCOMPLETE'],
      [approver('n', { kind: 'initiatorChoice', multiple: false, candidateUserIds: [] }), 'SOURCE_INCOMPLETE'],
      [approver('n', { kind: 'formField', fieldKey: 'note' }), 'SOURCE_FIELD_INVALID'],
      [approver('n', { kind: 'formField', fieldKey: 'ghost' }), 'SOURCE_FIELD_INVALID'],
      [{ id: 'n', type: 'cc', name: 'cc', sources: [] }, 'SOURCE_INCOMPLETE'],
    ];
    for (const [node, code] of expectations) expect(codes(flow([ok, node])), JSON.stringify(node)).toEqual([`n:${code}`]);
    expect(codes(flow([approver('n', { kind: 'formField', fieldKey: 'owner' })]))).toEqual([]);
  });

  it('checks timeouts for consistency', () => {
    const withTimeout = (timeout: object) => codes(flow([users('a', ['u-hu'], 'any', { timeout } as object)]));
    expect(withTimeout({ remindAfterHours: 24, action: { kind: 'escalate', afterHours: 48 } })).toEqual([]);
    expect(withTimeout({ action: { kind: 'autoApprove', afterHours: 8 } })).toEqual([]);
    for (const bad of [{}, { remindAfterHours: 0 }, { remindAfterHours: 48, action: { kind: 'autoReject', afterHours: 24 } }, { remindAfterHours: 1000 }]) {
      expect(withTimeout(bad), JSON.stringify(bad)).toEqual(['a:TIMEOUT_INCONSISTENT']);
    }
  });

  it('checks field permissions and the form itself', () => {
    const form: FormSchema = {
      fields: [
        ...amountForm.fields,
        { key: 'total', type: 'money', label: '合计', compute: { op: 'sum', detailKey: 'rows', columnKey: 'x' } },
        { key: 'amount', type: 'text', label: '重复' },
        { key: 'empty', type: 'select', label: '空', options: [] },
        { key: 'rows', type: 'detail', label: '明细', columns: [] },
      ],
    };
    const def = flow([users('a', ['u-hu'], 'any', { fieldPermissions: { total: 'edit', nope: 'read', note: 'edit' } } as object)]);
    expect(codes(def, form).sort()).toEqual([
      '-:FORM_COMPUTE_INVALID', '-:FORM_DETAIL_NO_COLUMNS', '-:FORM_DUPLICATE_KEY', '-:FORM_SELECT_NO_OPTIONS',
      'a:FIELD_PERMISSION_COMPUTED_EDIT', 'a:FIELD_PERMISSION_UNKNOWN_FIELD',
    ]);
    const startLocked = { ...flow([ok]), start: { id: 'start', type: 'start', name: '发起人', fieldPermissions: { amount: 'read' } } } as ApprovalDefinition;
    expect(codes(startLocked)).toEqual(['start:START_FIELD_CONFLICT']);
  });

  it('with the org directory: unknown people, roles, departments, and a node that can only reject', () => {
    expect(codes(flow([users('a', ['u-gone', 'u-hu'])]), amountForm, true)).toEqual(['a:UNKNOWN_USER']);
    expect(codes(flow([approver('a', { kind: 'role', roleCode: 'astronaut' })]), amountForm, true)).toEqual(['a:UNKNOWN_ROLE']);
    expect(codes(flow([approver('a', { kind: 'departmentHead', departmentId: 'd-moon' })]), amountForm, true)).toEqual(['a:UNKNOWN_DEPARTMENT']);
    expect(codes(flow([approver('a', { kind: 'departmentHead', departmentId: 'd-sal1' }, { emptyApprover: 'reject' })]), amountForm, true))
      .toEqual(['a:END_UNREACHABLE']);
    // Inside a condition branch only some requests go there: allowed.
    const guarded = flow([ok, condition([
      { id: 'b1', name: 'x', condition: { field: 'amount', op: 'gt', value: '1' }, nodes: [approver('z', { kind: 'departmentHead', departmentId: 'd-sal1' }, { emptyApprover: 'reject' })] },
      { id: 'b2', name: 'y', isDefault: true, nodes: [] },
    ])]);
    expect(codes(guarded, amountForm, true)).toEqual([]);
  });

  it('refuses trees that are too deep', () => {
    let nodes: FlowNode[] = [ok];
    for (let i = 0; i < 11; i += 1) {
      nodes = [{ id: `p${i}`, type: 'parallel', name: 'p', branches: [{ id: `x${i}`, name: 'x', nodes }, { id: `y${i}`, name: 'y', nodes: [] }] }];
    }
    expect(codes(flow(nodes))).toContain('-:TOO_DEEP');
  });

  it('the zod contract fills the settings defaults and refuses malformed trees', () => {
    const parsed = approvalDefinition.parse({ schemaVersion: 1, settings: {}, start: { id: 'start', type: 'start', name: '发起人' }, nodes: [ok] });
    expect(parsed.settings).toEqual({ emptyApprover: 'toAdmin', initiatorIsApprover: 'skip', dedupeApprovers: 'consecutive', urgeIntervalMinutes: 30 });
    expect(approvalDefinition.safeParse({ ...parsed, nodes: [{ id: 'x', type: 'approver', name: 'x', mode: 'all' }] }).success).toBe(false);
    expect(approvalDefinition.safeParse({ ...parsed, nodes: [{ id: 'x y', type: 'cc', name: 'x', sources: [] }] }).success).toBe(false);
  });
});
