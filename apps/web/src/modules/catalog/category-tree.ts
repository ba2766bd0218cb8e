import type { ItemCategory } from './types.ts';

export interface CategoryNode extends ItemCategory {
  children?: CategoryNode[];
  /** Depth-first path of names, e.g. "原材料 / 电子元器件". */
  path: string;
}

/** The flat category list as a tree, siblings by code; orphans (parent disabled or missing) become roots. */
export function buildCategoryTree(list: ItemCategory[]): CategoryNode[] {
  const byId = new Map(list.map((c) => [c.id, c]));
  const kids = new Map<string | null, ItemCategory[]>();
  for (const c of list) {
    const parent = c.parentId && byId.has(c.parentId) ? c.parentId : null;
    kids.set(parent, [...(kids.get(parent) ?? []), c]);
  }
  const build = (parent: string | null, prefix: string): CategoryNode[] =>
    (kids.get(parent) ?? [])
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((c) => {
        const path = prefix ? `${prefix} / ${c.name}` : c.name;
        const children = build(c.id, path);
        return { ...c, path, children: children.length > 0 ? children : undefined };
      });
  return build(null, '');
}

/** Ids of a category and everything below it (a category cannot move under its own subtree). */
export function subtreeIds(list: ItemCategory[], rootId: string): Set<string> {
  const out = new Set<string>([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of list) {
      if (c.parentId && out.has(c.parentId) && !out.has(c.id)) {
        out.add(c.id);
        grew = true;
      }
    }
  }
  return out;
}
