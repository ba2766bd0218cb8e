import { useCallback, useMemo, useState } from 'react';
import type { ListColumn } from './list.types.ts';

function storageKey(listId: string): string {
  return `triad.list.${listId}.hidden`;
}

function readHidden(listId: string): string[] | null {
  try {
    const raw = window.localStorage.getItem(storageKey(listId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : null;
  } catch {
    return null;
  }
}

/** Which columns are hidden, remembered per list in this browser. */
export function useColumnSettings<T>(listId: string, columns: ListColumn<T>[]) {
  const defaults = useMemo(() => columns.filter((c) => c.defaultHidden).map((c) => c.key), [columns]);
  const [hidden, setHiddenState] = useState<string[]>(() => readHidden(listId) ?? defaults);

  const setHidden = useCallback((next: string[]) => {
    setHiddenState(next);
    try {
      window.localStorage.setItem(storageKey(listId), JSON.stringify(next));
    } catch {
      // Storage full or disabled: the setting lasts for this visit only.
    }
  }, [listId]);

  const reset = useCallback(() => {
    setHiddenState(defaults);
    try {
      window.localStorage.removeItem(storageKey(listId));
    } catch {
      // ignore: nothing to forget
    }
  }, [defaults, listId]);

  const visible = useMemo(() => columns.filter((c) => !hidden.includes(c.key)), [columns, hidden]);
  return { hidden, setHidden, reset, visible };
}
