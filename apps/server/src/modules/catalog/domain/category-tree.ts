/** A category and every category below it, however deep (cycles, which the API refuses, are cut). */
export function descendantsOf(categories: readonly { id: string; parentId: string | null }[], rootId: string): string[] {
  const children = new Map<string, string[]>();
  for (const c of categories) {
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  }
  const seen = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length) {
    for (const child of children.get(queue.shift() as string) ?? []) {
      if (!seen.has(child)) { seen.add(child); queue.push(child); }
    }
  }
  return [...seen];
}

/** True when putting `categoryId` under `parentId` would make it its own ancestor. */
export function wouldCycle(categories: readonly { id: string; parentId: string | null }[], categoryId: string, parentId: string): boolean {
  return descendantsOf(categories, categoryId).includes(parentId);
}
