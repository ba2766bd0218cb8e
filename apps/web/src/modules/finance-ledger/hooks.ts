import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ledgerKeys, listAccounts, listProjects, type Account } from './api.ts';

/** The whole chart of accounts (a few hundred rows at most), cached for the session's pages. */
export function useAccounts() {
  const query = useQuery({ queryKey: ledgerKeys.accounts, queryFn: listAccounts, staleTime: 60_000 });
  const items = useMemo(() => query.data ?? [], [query.data]);
  const byId = useMemo(() => new Map<string, Account>(items.map((a) => [a.id, a])), [items]);
  // Vouchers may only use enabled leaf accounts (the DB trigger refuses the others at posting).
  const postable = useMemo(() => items.filter((a) => a.isLeaf && a.enabled), [items]);
  return { ...query, items, byId, postable };
}

export function useProjects(enabled = true) {
  return useQuery({ queryKey: ledgerKeys.projects, queryFn: listProjects, enabled, staleTime: 60_000 });
}

/** 2026-11 style label of a YYYYMM period. */
export function periodLabel(period: number): string {
  return `${Math.floor(period / 100)}-${String(period % 100).padStart(2, '0')}`;
}
