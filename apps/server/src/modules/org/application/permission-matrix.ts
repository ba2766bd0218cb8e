import { allPermissionGroups, allPermissions, type PermissionMatrix } from '@triad/contracts';

/** Every declared permission, grouped as the modules declared them, in declaration order. */
export function permissionMatrix(): PermissionMatrix {
  const groups = new Map<string, PermissionMatrix['groups'][number]>();
  for (const p of allPermissions) {
    let g = groups.get(p.group);
    if (!g) {
      g = { group: p.group, label: allPermissionGroups[p.group] ?? null, permissions: [] };
      groups.set(p.group, g);
    }
    g.permissions.push({ key: p.key, group: p.group, label: p.label, ...(p.sensitive ? { sensitive: true } : {}) });
  }
  return { groups: [...groups.values()] };
}
