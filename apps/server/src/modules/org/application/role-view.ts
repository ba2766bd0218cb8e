import { allPermissions, type DataScope, type OrgRole, type RoleList } from '@triad/contracts';
import { orgErrors } from '../errors.ts';
import { departmentNodes } from '../infra/department.repository.ts';
import { findRole, listRoleRows, permissionsByRole, userCountsByRole, type RoleRow } from '../infra/role.repository.ts';

function toRole(row: RoleRow, permissions: Map<string, string[]>, counts: Map<string, number>): OrgRole {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    dataScope: row.dataScope,
    dataScopeDepartmentIds: row.dataScopeDepartmentIds,
    isSystem: row.isSystem,
    permissions: permissions.get(row.id) ?? [],
    userCount: counts.get(row.id) ?? 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function listRoles(): Promise<RoleList> {
  const rows = await listRoleRows();
  const permissions = await permissionsByRole();
  const counts = await userCountsByRole();
  return { items: rows.map((r) => toRole(r, permissions, counts)) };
}

export async function loadRoleView(id: string): Promise<OrgRole> {
  const row = await findRole(id);
  if (!row) throw orgErrors['org.role.notFound']();
  const permissions = await permissionsByRole([id]);
  const counts = await userCountsByRole();
  return toRole(row, permissions, counts);
}

const knownKeys = new Set(['*', ...allPermissions.map((p) => p.key)]);

/** A role may hold only keys some module declared: a typo would otherwise grant nothing, silently. */
export function checkPermissionKeys(keys: readonly string[]): void {
  const unknown = [...new Set(keys.filter((k) => !knownKeys.has(k)))];
  if (unknown.length > 0) throw orgErrors['org.role.unknownPermission'](undefined, [{ path: 'body.permissions', message: 'unknown keys', keys: unknown }]);
}

/** `custom` scope names its departments, which must exist in the company; other scopes keep none. */
export async function normaliseScopeDepartments(scope: DataScope, ids: readonly string[] | undefined): Promise<string[]> {
  if (scope !== 'custom') return [];
  const wanted = [...new Set(ids ?? [])];
  if (wanted.length === 0) throw orgErrors['org.role.scopeDepartmentsRequired'](undefined, [{ path: 'body.dataScopeDepartmentIds', message: 'required for a custom scope' }]);
  const known = new Set((await departmentNodes()).map((d) => d.id));
  const missing = wanted.filter((id) => !known.has(id));
  if (missing.length > 0) throw orgErrors['org.role.scopeDepartmentNotFound'](undefined, [{ path: 'body.dataScopeDepartmentIds', message: 'not found in this company', ids: missing }]);
  return wanted.sort();
}

export function roleAuditSnapshot(row: RoleRow, permissions: readonly string[]): Record<string, unknown> {
  return {
    code: row.code,
    name: row.name,
    description: row.description,
    dataScope: row.dataScope,
    dataScopeDepartmentIds: row.dataScopeDepartmentIds,
    permissions: [...permissions].sort(),
  };
}
