import { and, eq, type SQL } from 'drizzle-orm';
import type { OrgUser } from '@triad/contracts';
import { dataScopeCondition, hasPermission, maskSensitiveFields, type Principal } from '../../../platform/access/index.ts';
import { orgErrors } from '../errors.ts';
import { viewSalaryPermission } from '../permissions.ts';
import { users } from '../infra/org.tables.ts';
import { findUserRow, inOwnTenant, rolesOfUsers, selectUserViews, type RoleRef, type UserRow, type UserViewRow } from '../infra/user.repository.ts';

/** Salary is sensitive: it leaves the server only for holders of `org.user.viewSalary`. */
export function canViewSalary(principal: Principal): boolean {
  return hasPermission(principal, viewSalaryPermission);
}

/** The rows the caller's data scope lets them see (self / department / tree / all / chosen). */
export function userScope(principal: Principal): SQL | undefined {
  return dataScopeCondition(principal, { userColumn: users.id, departmentColumn: users.departmentId });
}

export function toOrgUser(principal: Principal, row: UserViewRow, roles: RoleRef[]): OrgUser {
  return maskSensitiveFields(principal, {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    positionId: row.positionId,
    positionName: row.positionName,
    superiorId: row.superiorId,
    superiorName: row.superiorName,
    status: row.status,
    locale: row.locale === 'en-US' ? 'en-US' : 'zh-CN',
    roles,
    monthlySalary: row.monthlySalary,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }, { monthlySalary: viewSalaryPermission });
}

/** Users as the API shows them, with their roles, salary masked unless granted. */
export async function presentUsers(principal: Principal, rows: UserViewRow[]): Promise<OrgUser[]> {
  const roles = await rolesOfUsers(rows.map((r) => r.id));
  return rows.map((r) => toOrgUser(principal, r, roles.get(r.id) ?? []));
}

/** One user inside the caller's data scope; anything else (other tenant, out of scope) is 404. */
export async function loadUserView(principal: Principal, id: string): Promise<OrgUser> {
  const rows = await selectUserViews().where(and(eq(users.id, id), inOwnTenant(), userScope(principal))).limit(1);
  const row = rows[0];
  if (!row) throw orgErrors['org.user.notFound']();
  const [user] = await presentUsers(principal, [row]);
  return user as OrgUser;
}

/** The stored row of a user the caller may act on (same scope rule as reading). */
export async function loadScopedUserRow(principal: Principal, id: string): Promise<UserRow> {
  const row = await findUserRow(id, userScope(principal));
  if (!row) throw orgErrors['org.user.notFound']();
  return row;
}

/** What the audit log keeps of a user: never the password hash, never the salary amount. */
export function userAuditSnapshot(row: UserRow, roleIds: readonly string[]): Record<string, unknown> {
  return {
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    phone: row.phone,
    departmentId: row.departmentId,
    positionId: row.positionId,
    superiorId: row.superiorId,
    status: row.status,
    locale: row.locale,
    roleIds: [...roleIds].sort(),
  };
}
