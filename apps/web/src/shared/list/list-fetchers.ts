import type { Page } from '@triad/contracts';
import { api, type Query } from '../../app/api/index.ts';
import type { ListFetcher, ListFilter, ListQuery } from './list.types.ts';

/** A fetcher for a standard cursor-paginated endpoint; `fixed` params are always sent. */
export function pathFetcher<T>(path: string, fixed: Query = {}): ListFetcher<T> {
  return (query: ListQuery, signal?: AbortSignal) =>
    api.get<Page<T>>(path, { ...fixed, ...query.filters, cursor: query.cursor, limit: query.limit, sort: query.sort }, signal);
}

/** Form values of the filter bar → query parameters (empty values dropped). */
export function filtersToQuery(filters: readonly ListFilter[], values: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const filter of filters) {
    const value = values[filter.name];
    if (value === undefined || value === null || value === '') continue;
    const parts = filter.toQuery ? filter.toQuery(value) : { [filter.name]: String(value).trim() };
    for (const [key, part] of Object.entries(parts)) {
      if (part !== undefined && part !== '') out[key] = part;
    }
  }
  return out;
}

/** Reads `row.a.b` for a dotted/array path. */
export function readPath(row: unknown, path: string | string[]): unknown {
  const parts = Array.isArray(path) ? path : path.split('.');
  let current: unknown = row;
  for (const part of parts) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
