import { and, asc, count, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { rolePermissions, roles, userRoles, users } from './org.tables.ts';

export type RoleRow = typeof roles.$inferSelect;
export type NewRoleRow = typeof roles.$inferInsert;

function ownTenant(): SQL {
  return eq(roles.tenantId, actor().tenantId);
}

export async function listRoleRows(): Promise<RoleRow[]> {
  return tx().select().from(roles).where(ownTenant()).orderBy(asc(roles.isSystem), asc(roles.name), asc(roles.id));
}

export async function findRole(id: string): Promise<RoleRow | undefined> {
  const rows = await tx().select().from(roles).where(and(eq(roles.id, id), ownTenant())).limit(1);
  return rows[0];
}

export async function findRoles(ids: readonly string[]): Promise<RoleRow[]> {
  if (ids.length === 0) return [];
  return tx().select().from(roles).where(and(ownTenant(), inArray(roles.id, [...ids])));
}

export async function roleCodeExists(code: string, exceptId?: string): Promise<boolean> {
  const rows = await tx().select({ id: roles.id }).from(roles)
    .where(and(ownTenant(), eq(roles.code, code), exceptId ? ne(roles.id, exceptId) : undefined)).limit(1);
  return rows.length > 0;
}

/** Permission keys per role, for the roles given (all of the tenant's when omitted). */
export async function permissionsByRole(roleIds?: readonly string[]): Promise<Map<string, string[]>> {
  if (roleIds && roleIds.length === 0) return new Map();
  const rows = await tx().select({ roleId: rolePermissions.roleId, permission: rolePermissions.permission }).from(rolePermissions)
    .where(and(eq(rolePermissions.tenantId, actor().tenantId), roleIds ? inArray(rolePermissions.roleId, [...roleIds]) : undefined))
    .orderBy(asc(rolePermissions.permission));
  const map = new Map<string, string[]>();
  for (const r of rows) {
    const list = map.get(r.roleId);
    if (list) list.push(r.permission);
    else map.set(r.roleId, [r.permission]);
  }
  return map;
}

export async function userCountsByRole(): Promise<Map<string, number>> {
  const rows = await tx().select({ roleId: userRoles.roleId, n: count() }).from(userRoles)
    .where(eq(userRoles.tenantId, actor().tenantId)).groupBy(userRoles.roleId);
  return new Map(rows.map((r) => [r.roleId, r.n]));
}

export async function userIdsWithRole(roleId: string): Promise<string[]> {
  const rows = await tx().select({ userId: userRoles.userId }).from(userRoles)
    .where(and(eq(userRoles.tenantId, actor().tenantId), eq(userRoles.roleId, roleId)));
  return rows.map((r) => r.userId);
}

export async function insertRole(row: NewRoleRow): Promise<void> {
  await tx().insert(roles).values(row);
}

export async function updateRoleRow(id: string, patch: Partial<NewRoleRow>): Promise<void> {
  await tx().update(roles).set({ ...patch, updatedAt: new Date() }).where(and(eq(roles.id, id), ownTenant()));
}

export async function replaceRolePermissions(roleId: string, permissions: readonly string[]): Promise<void> {
  await tx().delete(rolePermissions).where(eq(rolePermissions.roleId, roleId));
  if (permissions.length === 0) return;
  const tenantId = actor().tenantId;
  await tx().insert(rolePermissions).values([...new Set(permissions)].map((permission) => ({ tenantId, roleId, permission })));
}

/** Removing a role also removes it from its holders (user_roles cascades). */
export async function deleteRoleRow(id: string): Promise<void> {
  await tx().delete(roles).where(and(eq(roles.id, id), ownTenant()));
}

/** Active users holding the role with this code. */
export async function activeUserIdsWithRoleCode(code: string): Promise<string[]> {
  const rows = await tx().select({ id: users.id }).from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(and(eq(users.tenantId, actor().tenantId), eq(users.status, 'active'), eq(roles.code, code)))
    .orderBy(asc(users.username));
  return rows.map((r) => r.id);
}

/** Active users holding a built-in role (系统管理员): the company must always keep one. */
export async function countActiveSystemRoleHolders(): Promise<number> {
  const rows = await tx().selectDistinct({ id: users.id }).from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(and(eq(users.tenantId, actor().tenantId), eq(users.status, 'active'), eq(roles.isSystem, true)));
  return rows.length;
}
