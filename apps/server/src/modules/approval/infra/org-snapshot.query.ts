import { and, eq, gt, inArray, lte, or } from 'drizzle-orm';
import { departments, rolePermissions, roles, userRoles, users } from '../../org/index.ts';
import { tx } from '../../../platform/tx/index.ts';
import type { OrgSnapshot } from '../domain/index.ts';
import { approvalDelegations } from './approval.tables.ts';

/**
 * The company's org as the engine needs it, read once per command (an SME has tens to a few
 * hundred people). Administrators = holders of `*` or of the built-in `admin` role; delegations
 * are those active at `now`.
 */
export async function loadOrgSnapshot(now: Date): Promise<OrgSnapshot> {
  const db = tx();
  // One after the other: a transaction is one connection; queuing overlapping queries on it is deprecated in pg.
  const userRows = await db.select({ id: users.id, departmentId: users.departmentId, superiorId: users.superiorId, status: users.status }).from(users);
  const deptRows = await db.select({ id: departments.id, parentId: departments.parentId, headUserId: departments.headUserId }).from(departments);
  const roleRows = await db.select({ userId: userRoles.userId, code: roles.code }).from(userRoles).innerJoin(roles, eq(roles.id, userRoles.roleId));
  const adminRows = await db.selectDistinct({ userId: userRoles.userId }).from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .leftJoin(rolePermissions, and(eq(rolePermissions.roleId, roles.id), eq(rolePermissions.permission, '*')))
    .where(or(eq(roles.code, 'admin'), eq(rolePermissions.permission, '*')));
  const delegationRows = await db.select().from(approvalDelegations).where(and(lte(approvalDelegations.startsAt, now), gt(approvalDelegations.endsAt, now)));
  const codes = new Map<string, string[]>();
  for (const r of roleRows) codes.set(r.userId, [...(codes.get(r.userId) ?? []), r.code]);
  const active = new Set(userRows.filter((u) => u.status === 'active').map((u) => u.id));
  return {
    users: userRows.map((u) => ({ id: u.id, departmentId: u.departmentId, superiorId: u.superiorId, roleCodes: codes.get(u.id) ?? [], active: u.status === 'active' })),
    departments: deptRows,
    adminUserIds: adminRows.map((r) => r.userId).filter((id) => active.has(id)).sort(),
    delegations: delegationRows.map((d) => ({ userId: d.userId, delegateId: d.delegateId, from: d.startsAt.toISOString(), to: d.endsAt.toISOString() })),
  };
}

export interface UserName { id: string; displayName: string; departmentName: string | null; locale: string }

/** Names for views and notifications; unknown ids are left out. */
export async function userNames(ids: readonly string[]): Promise<Map<string, UserName>> {
  const wanted = [...new Set(ids)].filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (wanted.length === 0) return new Map();
  const rows = await tx().select({ id: users.id, displayName: users.displayName, locale: users.locale, departmentName: departments.name })
    .from(users).leftJoin(departments, eq(departments.id, users.departmentId)).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}
