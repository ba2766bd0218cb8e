/** The shape of the department tree the rules below need (a flat list, as stored). */
export interface DepartmentNode {
  id: string;
  parentId: string | null;
}

function childrenIndex(nodes: readonly DepartmentNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId);
    if (list) list.push(n.id);
    else children.set(n.parentId, [n.id]);
  }
  return children;
}

/** The department and every department below it (the "department tree" data scope). */
export function subtreeIds(nodes: readonly DepartmentNode[], rootId: string): string[] {
  const children = childrenIndex(nodes);
  const seen = new Set<string>([rootId]);
  const queue = [rootId];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    for (const child of children.get(current) ?? []) {
      // A corrupted tree with a loop must not hang the request.
      if (!seen.has(child)) { seen.add(child); queue.push(child); }
    }
  }
  return [...seen];
}

/**
 * Putting `id` under `newParentId` must not make it its own ancestor: the new parent may be
 * neither the department itself nor anything below it.
 */
export function wouldCreateCycle(nodes: readonly DepartmentNode[], id: string, newParentId: string | null): boolean {
  if (newParentId === null) return false;
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
  const seen = new Set<string>();
  let current: string | null | undefined = newParentId;
  while (current) {
    if (current === id) return true;
    if (seen.has(current)) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}
