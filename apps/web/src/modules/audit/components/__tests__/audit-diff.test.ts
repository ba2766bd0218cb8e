import { describe, expect, it } from 'vitest';
import { diffRows } from '../audit-diff.ts';

describe('diffRows', () => {
  it('lists every field of both snapshots and flags the changed ones', () => {
    const rows = diffRows({ name: '张三', status: 'active', roles: ['a'] }, { name: '张三', status: 'disabled', roles: ['a', 'b'], phone: '138' });
    expect(rows).toEqual([
      { field: 'name', before: '张三', after: '张三', changed: false },
      { field: 'phone', before: '', after: '138', changed: true },
      { field: 'roles', before: '["a"]', after: '["a","b"]', changed: true },
      { field: 'status', before: 'active', after: 'disabled', changed: true },
    ]);
  });

  it('handles a creation (no before) and non-object snapshots', () => {
    expect(diffRows(null, { a: 1 })).toEqual([{ field: 'a', before: '', after: '1', changed: true }]);
    expect(diffRows('x', 'y')).toEqual([{ field: '-', before: 'x', after: 'y', changed: true }]);
  });
});
