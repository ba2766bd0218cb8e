import { and, asc, count, eq, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { actor, tx } from '../../../platform/tx/index.ts';
import type { DepartmentNode } from '../domain/department-tree.ts';
import { departments, roles, users } from './org.tables.ts';

const head = alias(users, 'head');

export type DepartmentRow = typeof departments.$inferSelect;
export type NewDepartmentRow = typeof departments.$inferInsert;

function ownTenant(): SQL {
  return eq(departments.tenantId, actor().tenantId);
}

/** The whole tree as (id, parentId): companies have tens or hundreds of departments, not millions. */
export async function departmentNodes(): Promise<DepartmentNode[]> {
  return tx().select({ id: departments.id, parentId: departments.parentId }).from(departments).where(ownTenant());
}

export async function listDepartmentViews() {
  return tx().select({
    id: departments.id, parentId: departments.parentId, code: departments.code, name: departments.name,
    headUserId: departments.headUserId, headName: head.displayName, sortOrder: departments.sortOrder,
    createdAt: departments.createdAt, updatedAt: departments.updatedAt,
  }).from(departments).leftJoin(head, eq(head.id, departments.headUserId))
    .where(ownTenant()).orderBy(asc(departments.sortOrder), asc(departments.name), asc(departments.id));
}

/** Users per department (direct members only). */
export async function userCountsByDepartment(): Promise<Map<string, number>> {
  const rows = await tx().select({ departmentId: users.departmentId, n: count() }).from(users)
    .where(and(eq(users.tenantId, actor().tenantId), isNotNull(users.departmentId))).groupBy(users.departmentId);
  return new Map(rows.map((r) => [r.departmentId as string, r.n]));
}

export async function findDepartment(id: string): Promise<DepartmentRow | undefined> {
  const rows = await tx().select().from(departments).where(and(eq(departments.id, id), ownTenant())).limit(1);
  return rows[0];
}

export async function departmentCodeExists(code: string, exceptId?: string): Promise<boolean> {
  const rows = await tx().select({ id: departments.id }).from(departments)
    .where(and(ownTenant(), sql`lower(${departments.code}) = lower(${code})`, exceptId ? ne(departments.id, exceptId) : undefined)).limit(1);
  return rows.length > 0;
}

export async function insertDepartment(row: NewDepartmentRow): Promise<void> {
  await tx().insert(departments).values(row);
}

export async function updateDepartmentRow(id: string, patch: Partial<NewDepartmentRow>): Promise<void> {
  await tx().update(departments).set({ ...patch, updatedAt: new Date() }).where(and(eq(departments.id, id), ownTenant()));
}

export async function countChildDepartments(id: string): Promise<number> {
  const [row] = await tx().select({ n: count() }).from(departments).where(and(ownTenant(), eq(departments.parentId, id)));
  return row?.n ?? 0;
}

export async function countDepartmentUsers(id: string): Promise<number> {
  const [row] = await tx().select({ n: count() }).from(users).where(and(eq(users.tenantId, actor().tenantId), eq(users.departmentId, id)));
  return row?.n ?? 0;
}

export async function deleteDepartmentRow(id: string): Promise<void> {
  await tx().delete(departments).where(and(eq(departments.id, id), ownTenant()));
}

/** A deleted department leaves every role's chosen-departments scope; returns the roles touched. */
export async function removeFromRoleScopes(id: string): Promise<string[]> {
  const rows = await tx().update(roles)
    .set({ dataScopeDepartmentIds: sql`array_remove(${roles.dataScopeDepartmentIds}, ${id}::uuid)`, updatedAt: new Date() })
    .where(and(eq(roles.tenantId, actor().tenantId), sql`${id}::uuid = any(${roles.dataScopeDepartmentIds})`))
    .returning({ id: roles.id });
  return rows.map((r) => r.id);
}
