export type SuperiorCheck = 'ok' | 'self' | 'cycle';

/**
 * 上级 (reporting line) rule: approvals walk the chain upward level by level (逐级), so the chain
 * must end. `chainAboveSuperior` is the proposed superior's own superiors, nearest first.
 */
export function checkSuperior(userId: string, superiorId: string, chainAboveSuperior: readonly string[]): SuperiorCheck {
  if (superiorId === userId) return 'self';
  if (chainAboveSuperior.includes(userId)) return 'cycle';
  return 'ok';
}

/**
 * Orders a reporting chain: from `startId`'s direct superior upward, at most `maxLevels` people,
 * stopping at the first gap or repetition (a loop in old data must not repeat approvers).
 */
export function orderChain<T extends { id: string; superiorId: string | null }>(startSuperiorId: string | null, rows: readonly T[], maxLevels: number): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const chain: T[] = [];
  const seen = new Set<string>();
  let next = startSuperiorId;
  while (next && chain.length < maxLevels && !seen.has(next)) {
    const row = byId.get(next);
    if (!row) break;
    chain.push(row);
    seen.add(next);
    next = row.superiorId;
  }
  return chain;
}
