import { describe, expect, it } from 'vitest';
import type { OrgDepartment } from '@triad/contracts';
import { buildDepartmentTree, descendantIds } from '../department-tree.ts';

function dept(id: string, parentId: string | null, name: string, sortOrder = 0): OrgDepartment {
  return { id, parentId, name, sortOrder, code: null, headUserId: null, headName: null, userCount: 0, createdAt: '', updatedAt: '' };
}

const flat = [dept('c2', 'root', '销售部', 2), dept('root', null, '公司'), dept('c1', 'root', '财务部', 1), dept('g1', 'c2', '华东区'), dept('orphan', 'gone', '孤儿')];

describe('buildDepartmentTree', () => {
  it('nests children under parents in sort order and keeps orphans as roots', () => {
    const tree = buildDepartmentTree(flat);
    expect(tree.map((n) => n.id)).toEqual(['root', 'orphan']);
    expect(tree[0]?.children?.map((n) => n.id)).toEqual(['c1', 'c2']);
    expect(tree[0]?.children?.[1]?.children?.map((n) => n.id)).toEqual(['g1']);
  });
});

describe('descendantIds', () => {
  it('returns a department with everything below it', () => {
    expect([...descendantIds(flat, 'root')].sort()).toEqual(['c1', 'c2', 'g1', 'root']);
    expect([...descendantIds(flat, 'c2')].sort()).toEqual(['c2', 'g1']);
  });
});
