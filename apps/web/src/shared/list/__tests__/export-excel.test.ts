import { describe, expect, it } from 'vitest';
import { fetchAllRows } from '../export-excel.ts';
import type { ListQuery } from '../list.types.ts';

/** A fake endpoint serving `total` numbered rows in pages, with cursors like the server's. */
function fakeFetcher(total: number) {
  const calls: ListQuery[] = [];
  const fetcher = async (query: ListQuery) => {
    calls.push(query);
    const start = query.cursor ? Number(query.cursor) : 0;
    const items = Array.from({ length: Math.max(0, Math.min(query.limit, total - start)) }, (_, i) => ({ n: start + i }));
    const next = start + items.length;
    return { items, nextCursor: next < total ? String(next) : null };
  };
  return { fetcher, calls };
}

describe('fetchAllRows', () => {
  it('follows cursors with the largest page size and keeps filter and sort', async () => {
    const { fetcher, calls } = fakeFetcher(450);
    const { rows, capped } = await fetchAllRows(fetcher, { filters: { status: 'active' }, sort: '-createdAt' }, 5000);
    expect(rows).toHaveLength(450);
    expect(rows[449]).toEqual({ n: 449 });
    expect(capped).toBe(false);
    expect(calls.map((c) => c.cursor)).toEqual([undefined, '200', '400']);
    expect(calls.every((c) => c.limit === 200 && c.sort === '-createdAt' && c.filters.status === 'active')).toBe(true);
  });

  it('stops at the cap and says so', async () => {
    const { fetcher, calls } = fakeFetcher(1000);
    const { rows, capped } = await fetchAllRows(fetcher, { filters: {} }, 300);
    expect(rows).toHaveLength(300);
    expect(capped).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('is not capped when the rows end exactly at the cap', async () => {
    const { fetcher } = fakeFetcher(200);
    const { rows, capped } = await fetchAllRows(fetcher, { filters: {} }, 200);
    expect(rows).toHaveLength(200);
    expect(capped).toBe(false);
  });
});
