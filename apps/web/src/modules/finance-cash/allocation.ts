import { fenOf, fenToString } from './money.ts';

export interface AllocatableItem { id: string; documentDate: string; dueDate?: string | null; open: string }

/**
 * 自动核销: spreads a payment over the partner's open items, oldest document first (then the
 * earliest due date), never more than each item's open amount, and never more than the payment.
 * Returns openItemId → amount for the items that receive something.
 */
export function autoAllocate(amount: string, items: readonly AllocatableItem[]): Record<string, string> {
  let remaining = fenOf(amount);
  const ordered = [...items].sort((a, b) =>
    a.documentDate.localeCompare(b.documentDate) || (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id.localeCompare(b.id));
  const result: Record<string, string> = {};
  for (const item of ordered) {
    if (remaining <= 0n) break;
    const open = fenOf(item.open);
    if (open <= 0n) continue;
    const take = open < remaining ? open : remaining;
    result[item.id] = fenToString(take);
    remaining -= take;
  }
  return result;
}

export interface AllocationIssue { kind: 'overItem' | 'overTotal' | 'negative'; openItemId?: string }

/** Checks an allocation table: each ≤ the item's open amount, none negative, Σ ≤ the payment. */
export function allocationIssues(amount: string, items: readonly AllocatableItem[], allocations: Record<string, string | undefined>): AllocationIssue[] {
  const issues: AllocationIssue[] = [];
  let total = 0n;
  for (const item of items) {
    const value = fenOf(allocations[item.id]);
    if (value < 0n) issues.push({ kind: 'negative', openItemId: item.id });
    else if (value > fenOf(item.open)) issues.push({ kind: 'overItem', openItemId: item.id });
    total += value;
  }
  if (total > fenOf(amount)) issues.push({ kind: 'overTotal' });
  return issues;
}

/** The non-zero rows of the table, as the API's allocations array. */
export function allocationList(allocations: Record<string, string | undefined>): { openItemId: string; amount: string }[] {
  return Object.entries(allocations)
    .filter(([, value]) => fenOf(value) > 0n)
    .map(([openItemId, value]) => ({ openItemId, amount: fenToString(fenOf(value)) }));
}

/** Age buckets of the aging report; over 90 days is the one a finance manager chases. */
export function isOverdue90(d90plus: string | null | undefined): boolean {
  return fenOf(d90plus) !== 0n;
}
