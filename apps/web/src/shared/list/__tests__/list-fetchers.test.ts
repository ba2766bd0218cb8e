import { describe, expect, it } from 'vitest';
import { filtersToQuery, readPath } from '../list-fetchers.ts';
import type { ListFilter } from '../list.types.ts';

describe('filtersToQuery', () => {
  const filters: ListFilter[] = [
    { name: 'q', label: 'q' },
    { name: 'status', label: 'status' },
    { name: 'departmentId', label: 'dept', toQuery: (v) => ({ departmentId: String(v), includeChildren: 'true' }) },
  ];

  it('drops empty values and trims text', () => {
    expect(filtersToQuery(filters, { q: '  zhang ', status: '', departmentId: undefined })).toEqual({ q: 'zhang' });
  });

  it('lets a filter expand into several parameters', () => {
    expect(filtersToQuery(filters, { departmentId: 'd1' })).toEqual({ departmentId: 'd1', includeChildren: 'true' });
  });

  it('ignores values of fields that are not filters', () => {
    expect(filtersToQuery(filters, { other: 'x' })).toEqual({});
  });
});

describe('readPath', () => {
  it('reads nested fields by dotted or array path', () => {
    const row = { a: { b: { c: 3 } } };
    expect(readPath(row, 'a.b.c')).toBe(3);
    expect(readPath(row, ['a', 'b'])).toEqual({ c: 3 });
    expect(readPath(row, 'a.x.c')).toBeUndefined();
  });
});
