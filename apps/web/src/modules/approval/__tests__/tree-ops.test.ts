import { describe, expect, it } from 'vitest';
import { approvalDefinition, type ApprovalDefinition, type FormField } from '@triad/contracts';
import {
  addBranch, createNode, findNode, initiatorChoiceNodes, insertNodeAfter, moveField, removeBranch, removeNode, updateNode,
  type NodeNames,
} from '../designer/tree-ops.ts';

const names: NodeNames = { approver: '审批人', cc: '抄送人', condition: '条件', parallel: '并行', branch: '条件', parallelBranch: '分支', defaultBranch: '其他情况' };

function emptyDef(): ApprovalDefinition {
  return approvalDefinition.parse({ schemaVersion: 1, settings: {}, start: { id: 'start', type: 'start', name: '发起人' }, nodes: [] });
}

describe('approval designer tree helpers', () => {
  it('inserts a node at the head and after a given node, without mutating the input', () => {
    const def = emptyDef();
    const a = createNode('approver', names);
    const b = createNode('cc', names);
    const withA = insertNodeAfter(def, null, null, a);
    const withB = insertNodeAfter(withA, null, a.id, b);
    const head = insertNodeAfter(withB, null, null, createNode('approver', names));
    expect(def.nodes).toHaveLength(0);
    expect(withA.nodes.map((n) => n.id)).toEqual([a.id]);
    expect(withB.nodes.map((n) => n.id)).toEqual([a.id, b.id]);
    expect(head.nodes[1]?.id).toBe(a.id);
    expect(approvalDefinition.safeParse(head).success).toBe(true);
  });

  it('inserts into a branch chain and finds the node there', () => {
    const cond = createNode('condition', names);
    if (cond.type !== 'condition') throw new Error('expected a condition node');
    const branchId = cond.branches[0]!.id;
    const def = insertNodeAfter(insertNodeAfter(emptyDef(), null, null, cond), branchId, null, createNode('approver', names));
    const stored = findNode(def.nodes, cond.id);
    expect(stored?.type === 'condition' && stored.branches[0]!.nodes).toHaveLength(1);
    expect(stored?.type === 'condition' && stored.branches[1]!.nodes).toHaveLength(0);
  });

  it('adds condition branches before the default branch, which stays last', () => {
    const cond = createNode('condition', names);
    const def = addBranch(insertNodeAfter(emptyDef(), null, null, cond), cond.id, '条件 2');
    const stored = findNode(def.nodes, cond.id);
    if (stored?.type !== 'condition') throw new Error('expected a condition node');
    expect(stored.branches.map((b) => b.name)).toEqual(['条件 1', '条件 2', '其他情况']);
    expect(stored.branches[2]!.isDefault).toBe(true);
  });

  it('keeps the default branch and dissolves a split left with one branch', () => {
    const cond = createNode('condition', names);
    if (cond.type !== 'condition') throw new Error('expected a condition node');
    const def = insertNodeAfter(emptyDef(), null, null, cond);
    const defaultId = cond.branches[1]!.id;
    expect(removeBranch(def, defaultId)).toEqual(def);
    const inner = createNode('approver', names);
    const withInner = insertNodeAfter(def, defaultId, null, inner);
    const dissolved = removeBranch(withInner, cond.branches[0]!.id);
    expect(dissolved.nodes.map((n) => n.id)).toEqual([inner.id]);
  });

  it('removes nested nodes and updates nodes immutably', () => {
    const par = createNode('parallel', names);
    if (par.type !== 'parallel') throw new Error('expected a parallel node');
    const inner = createNode('approver', names);
    const def = insertNodeAfter(insertNodeAfter(emptyDef(), null, null, par), par.branches[1]!.id, null, inner);
    const renamed = updateNode(def, inner.id, (n) => ({ ...n, name: '财务' }));
    expect(findNode(renamed.nodes, inner.id)?.name).toBe('财务');
    expect(findNode(def.nodes, inner.id)?.name).toBe('审批人');
    expect(findNode(removeNode(renamed, inner.id).nodes, inner.id)).toBeNull();
  });

  it('lists the initiator-choice nodes anywhere in the tree', () => {
    const par = createNode('parallel', names);
    if (par.type !== 'parallel') throw new Error('expected a parallel node');
    const chosen = createNode('approver', names);
    const def = updateNode(insertNodeAfter(insertNodeAfter(emptyDef(), null, null, par), par.branches[0]!.id, null, chosen), chosen.id, (n) =>
      n.type === 'approver' ? { ...n, source: { kind: 'initiatorChoice', multiple: false } } : n);
    expect(initiatorChoiceNodes(def.nodes).map((n) => n.id)).toEqual([chosen.id]);
  });

  it('moves a field and ignores out-of-range moves', () => {
    const fields: FormField[] = ['a', 'b', 'c'].map((key) => ({ key, label: key, type: 'text' }));
    expect(moveField(fields, 0, 2).map((f) => f.key)).toEqual(['b', 'c', 'a']);
    expect(moveField(fields, 2, 0).map((f) => f.key)).toEqual(['c', 'a', 'b']);
    expect(moveField(fields, 0, 5)).toBe(fields);
    expect(fields.map((f) => f.key)).toEqual(['a', 'b', 'c']);
  });
});
