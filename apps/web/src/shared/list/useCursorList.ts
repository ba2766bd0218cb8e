import { useCallback, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ListFetcher } from './list.types.ts';

/** Query key prefix of a list; mutate, then `invalidateQueries({ queryKey: listQueryKey(id) })`. */
export function listQueryKey(listId: string): readonly [string, string] {
  return ['list', listId] as const;
}

interface State {
  /** cursors[i] opens page i; page 0 has none. */
  cursors: Array<string | undefined>;
  index: number;
}

/** Cursor pagination with a stack of cursors, so "previous" works without offsets. */
export function useCursorList<T>(listId: string, scope: string | undefined, fetcher: ListFetcher<T>, params: { filters: Record<string, string>; sort?: string; limit: number }) {
  const [state, setState] = useState<State>({ cursors: [undefined], index: 0 });
  const [paramsKey, setParamsKey] = useState(() => JSON.stringify({ scope, params }));

  // New filters, sort, page size or scope start again from the first page.
  const currentKey = JSON.stringify({ scope, params });
  if (currentKey !== paramsKey) {
    setParamsKey(currentKey);
    setState({ cursors: [undefined], index: 0 });
  }

  const cursor = state.cursors[state.index];
  const query = useQuery({
    queryKey: [...listQueryKey(listId), scope ?? null, params, cursor ?? null],
    queryFn: ({ signal }) => fetcher({ ...params, cursor }, signal),
    placeholderData: keepPreviousData,
  });

  const nextCursor = query.data?.nextCursor ?? null;
  const next = useCallback(() => {
    if (!nextCursor) return;
    setState((s) => ({ cursors: [...s.cursors.slice(0, s.index + 1), nextCursor], index: s.index + 1 }));
  }, [nextCursor]);
  const prev = useCallback(() => setState((s) => ({ ...s, index: Math.max(0, s.index - 1) })), []);
  const first = useCallback(() => setState({ cursors: [undefined], index: 0 }), []);

  return {
    items: query.data?.items ?? [],
    loading: query.isFetching,
    error: query.error,
    page: state.index + 1,
    hasNext: nextCursor !== null,
    hasPrev: state.index > 0,
    next,
    prev,
    first,
    refetch: query.refetch,
  };
}
