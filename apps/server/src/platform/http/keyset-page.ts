import { asc, desc, sql, type Column, type SQL } from 'drizzle-orm';
import type { Page, PageQuery } from '@triad/contracts';
import { commonErrors } from './common-errors.ts';

/** Which fields a list may be sorted by (never a column name from input), and the tiebreaker. */
export interface ListSpec {
  sortable: Record<string, Column>;
  /** e.g. '-createdAt' */
  defaultSort: string;
  /** Unique column breaking ties so the cursor is exact. */
  id: Column;
}

type SortValue = string | number | null;

interface Cursor { s: string; v: SortValue; i: string }

function encode(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decode(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Cursor;
    if (typeof c.s !== 'string' || typeof c.i !== 'string') throw new Error('shape');
    if (c.v !== null && typeof c.v !== 'string' && typeof c.v !== 'number') throw new Error('shape');
    return c;
  } catch {
    throw commonErrors['common.badCursor']();
  }
}

function normalise(v: unknown): SortValue {
  if (v instanceof Date) return v.toISOString();
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  return String(v);
}

export interface KeysetPlan {
  /** Add to the query's WHERE (undefined on the first page). */
  where: SQL | undefined;
  orderBy: SQL[];
  /** Fetch one row more than the page to know whether another page exists. */
  limit: number;
  /** Builds the page from the fetched rows; `sortValue` reads the sort field of a row. */
  page<T>(rows: T[], key: (row: T) => { sortValue: unknown; id: string }): Page<T>;
}

/**
 * Keyset (cursor) pagination: stable under inserts, O(page) at any depth, with the page size
 * capped by the contract (≤ 200) and the sort field taken from an allow-list.
 */
export function keysetPage(spec: ListSpec, query: Pick<PageQuery, 'cursor' | 'limit' | 'sort'>): KeysetPlan {
  const sort = query.sort ?? spec.defaultSort;
  const descending = sort.startsWith('-');
  const field = descending ? sort.slice(1) : sort;
  const column = spec.sortable[field];
  if (!column) throw commonErrors['common.validation'](undefined, [{ path: 'querystring.sort', message: `sortable fields: ${Object.keys(spec.sortable).join(', ')}` }]);
  let where: SQL | undefined;
  if (query.cursor) {
    const c = decode(query.cursor);
    if (c.s !== sort) throw commonErrors['common.badCursor']();
    where = descending
      ? sql`(${column}, ${spec.id}) < (${c.v}, ${c.i})`
      : sql`(${column}, ${spec.id}) > (${c.v}, ${c.i})`;
  }
  const dir = descending ? desc : asc;
  const limit = query.limit;
  return {
    where,
    orderBy: [dir(column), dir(spec.id)],
    limit: limit + 1,
    page(rows, key) {
      const more = rows.length > limit;
      const items = more ? rows.slice(0, limit) : rows;
      const last = items[items.length - 1];
      let nextCursor: string | null = null;
      if (more && last !== undefined) {
        const k = key(last);
        nextCursor = encode({ s: sort, v: normalise(k.sortValue), i: k.id });
      }
      return { items, nextCursor };
    },
  };
}
