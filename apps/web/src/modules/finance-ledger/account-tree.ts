/**
 * The chart of accounts arrives flat (ordered by code); the page shows it as a tree per
 * category tab. Pure, so the tree and the search are unit-tested.
 */
import type { Account } from './api.ts';

export interface AccountNode extends Account {
  children?: AccountNode[];
}

export function buildAccountTree(accounts: Account[]): AccountNode[] {
  const sorted = [...accounts].sort((a, b) => a.code.localeCompare(b.code));
  const nodes = new Map<string, AccountNode>(sorted.map((a) => [a.id, { ...a }]));
  const roots: AccountNode[] = [];
  for (const account of sorted) {
    const node = nodes.get(account.id);
    if (!node) continue;
    const parent = account.parentId ? nodes.get(account.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** Accounts matching a code prefix or a name fragment, with their ancestors so the tree stays whole. */
export function filterAccounts(accounts: Account[], search: string): Account[] {
  const text = search.trim().toLowerCase();
  if (!text) return accounts;
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const keep = new Set<string>();
  for (const account of accounts) {
    if (!account.code.startsWith(text) && !account.name.toLowerCase().includes(text)) continue;
    let current: Account | undefined = account;
    while (current && !keep.has(current.id)) {
      keep.add(current.id);
      current = current.parentId ? byId.get(current.parentId) : undefined;
    }
  }
  return accounts.filter((a) => keep.has(a.id));
}
