import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { subtreeIds, wouldCreateCycle, type DepartmentNode } from '../domain/department-tree.ts';
import { changedKeys, missingGrants } from '../domain/grants.ts';
import { generatePassword } from '../../../platform/auth/index.ts';
import { checkSuperior, orderChain } from '../domain/reporting-line.ts';
import { likePattern } from '../application/list-users.ts';

/** A random forest: node i's parent is some node before it (or none), so it has no loop. */
const forest = fc.array(fc.nat(), { minLength: 1, maxLength: 30 }).map((picks) =>
  picks.map((p, i): DepartmentNode => ({ id: `d${i}`, parentId: i === 0 || p % 4 === 0 ? null : `d${p % i}` })));

describe('department tree rules', () => {
  it('moving a department under itself or anything below it is a cycle; anywhere else is not', () => {
    fc.assert(fc.property(forest, fc.nat(), fc.nat(), (nodes, a, b) => {
      const id = `d${a % nodes.length}`;
      const target = `d${b % nodes.length}`;
      const below = subtreeIds(nodes, id);
      expect(wouldCreateCycle(nodes, id, target)).toBe(below.includes(target));
      expect(wouldCreateCycle(nodes, id, null)).toBe(false);
    }));
  });

  it('a subtree holds the root and every descendant, and stops on corrupted loops', () => {
    const nodes = [{ id: 'a', parentId: null }, { id: 'b', parentId: 'a' }, { id: 'c', parentId: 'b' }, { id: 'x', parentId: null }];
    expect(subtreeIds(nodes, 'a').sort()).toEqual(['a', 'b', 'c']);
    const loop = [{ id: 'p', parentId: 'q' }, { id: 'q', parentId: 'p' }];
    expect(subtreeIds(loop, 'p').sort()).toEqual(['p', 'q']);
    expect(wouldCreateCycle(loop, 'z', 'p')).toBe(true);
  });
});

describe('reporting line rules', () => {
  it('refuses self and loops, orders the chain and stops at repeats', () => {
    expect(checkSuperior('u', 'u', [])).toBe('self');
    expect(checkSuperior('u', 'm', ['v', 'u'])).toBe('cycle');
    expect(checkSuperior('u', 'm', ['v', 'w'])).toBe('ok');
    const rows = [{ id: 'm', superiorId: 'v' }, { id: 'v', superiorId: 'c' }, { id: 'c', superiorId: 'm' }];
    expect(orderChain('m', rows, 10).map((r) => r.id)).toEqual(['m', 'v', 'c']);
    expect(orderChain('m', rows, 1).map((r) => r.id)).toEqual(['m']);
    expect(orderChain(null, rows, 5)).toEqual([]);
  });
});

describe('grants', () => {
  it('nobody grants what they do not hold; * only from *', () => {
    const holds = (set: string[]) => (k: string) => set.includes(k);
    expect(missingGrants(holds(['*']), ['*', 'a.b.c'])).toEqual([]);
    expect(missingGrants(holds(['a.b.c']), ['a.b.c', '*', 'x.y.z'])).toEqual(['*', 'x.y.z']);
    expect(changedKeys(['a', 'b'], ['b', 'c']).sort()).toEqual(['a', 'c']);
  });
});

describe('small helpers', () => {
  it('generated passwords are long, mixed and unambiguous', () => {
    for (let i = 0; i < 50; i++) {
      const p = generatePassword();
      expect(p).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*[2-9])[a-km-zA-HJ-NP-Z2-9]{14}$/);
    }
  });

  it('search text is matched literally', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
