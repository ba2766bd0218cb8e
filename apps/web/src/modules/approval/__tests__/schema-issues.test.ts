import { describe, expect, it } from 'vitest';
import { approvalDefinition } from '@triad/contracts';
import { draftSchemaErrors } from '../designer/schema-issues.ts';

const base = approvalDefinition.parse({ schemaVersion: 1, settings: {}, start: { id: 'start', type: 'start', name: '发起人' }, nodes: [] });

describe('draft schema errors', () => {
  it('pins a bad approver source on its node, nested in a branch', () => {
    const def = {
      ...base,
      nodes: [{
        id: 'c1', type: 'condition' as const, name: '条件',
        branches: [
          { id: 'b1', name: '条件 1', condition: { all: [] }, nodes: [{ id: 'a1', type: 'approver' as const, name: '审批人', source: { kind: 'role' as const, roleCode: '' }, mode: 'any' as const }] },
          { id: 'b2', name: '其他情况', isDefault: true, nodes: [] },
        ],
      }],
    };
    const errors = draftSchemaErrors(def, { fields: [{ key: 'bad key', label: 'x', type: 'text' }] });
    expect(errors.find((e) => e.code === 'schema')?.nodeId).toBe('a1');
    expect(errors.find((e) => e.code === 'form')?.nodeId).toBeNull();
  });

  it('finds nothing in a valid draft', () => {
    expect(draftSchemaErrors(base, { fields: [{ key: 'reason', label: '事由', type: 'text' }] })).toEqual([]);
  });
});
