/**
 * No one hands out more than they hold: granting, withdrawing or assigning a permission needs the
 * permission itself, and `*` (everything) can only come from a holder of `*`. This stops a user
 * with `org.role.manage` from making themselves an administrator.
 */
export function missingGrants(holds: (key: string) => boolean, keys: Iterable<string>): string[] {
  if (holds('*')) return [];
  const missing = new Set<string>();
  for (const key of keys) if (key === '*' || !holds(key)) missing.add(key);
  return [...missing].sort();
}

/** Keys present in exactly one of the two lists (what a change grants or withdraws). */
export function changedKeys(before: Iterable<string>, after: Iterable<string>): string[] {
  const a = new Set(before);
  const b = new Set(after);
  return [...[...a].filter((k) => !b.has(k)), ...[...b].filter((k) => !a.has(k))];
}
