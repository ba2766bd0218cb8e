import { describe, expect, it } from 'vitest';
import type { Account } from '../api.ts';
import { buildAccountTree, filterAccounts } from '../account-tree.ts';

function account(id: string, code: string, name: string, parentId: string | null = null): Account {
  return {
    id, code, name, parentId, level: code.length === 4 ? 1 : (code.length - 2) / 2, category: 'liability', direction: 'credit',
    isLeaf: true, dimensions: [], isCash: false, isSystem: true, enabled: true,
  };
}

const chart = [
  account('c', '22210101', '进项税额', 'b'),
  account('a', '2221', '应交税费'),
  account('b', '222101', '应交增值税', 'a'),
  account('d', '2202', '应付账款'),
];

describe('account tree', () => {
  it('nests sub-accounts under their parents in code order', () => {
    const tree = buildAccountTree(chart);
    expect(tree.map((n) => n.code)).toEqual(['2202', '2221']);
    expect(tree[1]?.children?.[0]?.children?.[0]?.name).toBe('进项税额');
  });

  it('keeps the ancestors of a match', () => {
    expect(filterAccounts(chart, '进项').map((a) => a.code).sort()).toEqual(['2221', '222101', '22210101']);
    expect(filterAccounts(chart, '2202').map((a) => a.code)).toEqual(['2202']);
    expect(filterAccounts(chart, '')).toHaveLength(4);
  });
});
