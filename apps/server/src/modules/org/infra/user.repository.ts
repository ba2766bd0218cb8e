import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actor, tx } from '../../../platform/tx/index.ts';
import { departments, positions, rolePermissions, roles, userRoles, users } from './org.tables.ts';

const superior = alias(users, 'superior');

/** A user as the API shows it: own columns plus the names of what it points at. */
const userViewColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  email: users.email,
  phone: users.phone,
  departmentId: users.departmentId,
  departmentName: departments.name,
  positionId: users.positionId,
  positionName: positions.name,
  superiorId: users.superiorId,
  superiorName: superior.displayName,
  status: users.status,
  locale: users.locale,
  monthlySalary: users.monthlySalary,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export interface RoleRef { id: string; code: string; name: string }

/** The tenant's own rows only: the first wall, with row-level security as the second. */
export function inOwnTenant(): SQL {
  return eq(users.tenantId, actor().tenantId);
}

export function selectUserViews() {
  return tx().select(userViewColumns).from(users)
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(positions, eq(positions.id, users.positionId))
    .leftJoin(superior, eq(superior.id, users.superiorId))
    .$dynamic();
}
export type UserViewRow = Awaited<ReturnType<typeof selectUserViews>>[number];

export async function findUserRow(id: string, extra?: SQL): Promise<UserRow | undefined> {
  const rows = await tx().select().from(users).where(and(eq(users.id, id), inOwnTenant(), extra)).limit(1);
  return rows[0];
}

/** Heads and superiors must be people who can act: existing, in this tenant, not disabled. */
export async function isActiveUser(userId: string): Promise<boolean> {
  const rows = await tx().select({ id: users.id }).from(users)
    .where(and(eq(users.id, userId), inOwnTenant(), eq(users.status, 'active'))).limit(1);
  return rows.length > 0;
}

export async function usernameExists(username: string): Promise<boolean> {
  const rows = await tx().select({ id: users.id }).from(users)
    .where(and(inOwnTenant(), sql`lower(${users.username}) = lower(${username})`)).limit(1);
  return rows.length > 0;
}

export async function insertUser(row: NewUserRow): Promise<void> {
  await tx().insert(users).values(row);
}

export async function updateUserRow(id: string, patch: Partial<NewUserRow>): Promise<void> {
  await tx().update(users).set({ ...patch, updatedAt: new Date() }).where(and(eq(users.id, id), inOwnTenant()));
}

export async function roleIdsOfUser(userId: string): Promise<string[]> {
  const rows = await tx().select({ roleId: userRoles.roleId }).from(userRoles).where(eq(userRoles.userId, userId));
  return rows.map((r) => r.roleId);
}

export async function replaceUserRoles(userId: string, roleIds: readonly string[]): Promise<void> {
  await tx().delete(userRoles).where(eq(userRoles.userId, userId));
  if (roleIds.length === 0) return;
  const tenantId = actor().tenantId;
  await tx().insert(userRoles).values(roleIds.map((roleId) => ({ tenantId, userId, roleId })));
}

/** Roles of several users at once (a list page needs one query, not one per row). */
export async function rolesOfUsers(userIds: readonly string[]): Promise<Map<string, RoleRef[]>> {
  const map = new Map<string, RoleRef[]>();
  if (userIds.length === 0) return map;
  const rows = await tx().select({ userId: userRoles.userId, id: roles.id, code: roles.code, name: roles.name })
    .from(userRoles).innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(inArray(userRoles.userId, [...userIds])).orderBy(asc(roles.name));
  for (const { userId, ...role } of rows) {
    const list = map.get(userId);
    if (list) list.push(role);
    else map.set(userId, [role]);
  }
  return map;
}

/** Ids of the users above `userId` in the reporting line (a loop in old data ends the walk). */
export async function superiorIdsAbove(userId: string): Promise<string[]> {
  const rows = await tx().select({ id: users.id, superiorId: users.superiorId }).from(users).where(and(inOwnTenant(), sql`${users.id} in (
    with recursive chain(id) as (
      select superior_id from users where id = ${userId}::uuid and superior_id is not null
      union
      select u.superior_id from users u join chain c on u.id = c.id where u.superior_id is not null
    ) select id from chain)`));
  return rows.map((r) => r.id);
}

/** The user and everyone above them, as rows (ordering is left to the caller). */
export async function reportingChainRows(userId: string): Promise<UserRow[]> {
  return tx().select().from(users).where(and(inOwnTenant(), sql`${users.id} in (
    with recursive chain(id) as (
      select ${userId}::uuid
      union
      select u.superior_id from users u join chain c on u.id = c.id where u.superior_id is not null
    ) select id from chain)`));
}

/** Every permission key the user holds through any role. */
export async function permissionsOfUser(userId: string): Promise<string[]> {
  const rows = await tx().selectDistinct({ permission: rolePermissions.permission }).from(userRoles)
    .innerJoin(rolePermissions, eq(rolePermissions.roleId, userRoles.roleId))
    .where(eq(userRoles.userId, userId));
  return rows.map((r) => r.permission);
}
