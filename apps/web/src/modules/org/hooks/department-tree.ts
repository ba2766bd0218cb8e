import type { OrgDepartment } from '@triad/contracts';

export interface DepartmentNode extends OrgDepartment {
  children?: DepartmentNode[];
}

/** Builds the department tree from the flat list (orphans whose parent is gone become roots). */
export function buildDepartmentTree(items: OrgDepartment[]): DepartmentNode[] {
  const byId = new Map<string, DepartmentNode>(items.map((d) => [d.id, { ...d }]));
  const roots: DepartmentNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const sort = (nodes: DepartmentNode[]) => {
    nodes.sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN'));
    for (const n of nodes) if (n.children) sort(n.children);
  };
  sort(roots);
  return roots;
}

/** Ids of a department and everything below it (a department cannot move under itself). */
export function descendantIds(items: OrgDepartment[], id: string): Set<string> {
  const out = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const d of items) {
      if (d.parentId && out.has(d.parentId) && !out.has(d.id)) {
        out.add(d.id);
        grew = true;
      }
    }
  }
  return out;
}
