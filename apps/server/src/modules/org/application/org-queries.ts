import { and, inArray } from 'drizzle-orm';
import type { OrgUserSummary } from '@triad/contracts';
import { subtreeIds } from '../domain/department-tree.ts';
import { orderChain } from '../domain/reporting-line.ts';
import { departmentNodes, findDepartment } from '../infra/department.repository.ts';
import { users } from '../infra/org.tables.ts';
import { activeUserIdsWithRoleCode } from '../infra/role.repository.ts';
import {
  findUserRow, inOwnTenant, isActiveUser, reportingChainRows, selectUserViews, type UserViewRow,
} from '../infra/user.repository.ts';

// Public reads for other modules. Each runs in the caller's unit of work (inTenant / asCaller),
// so it sees only the caller's company.

function toSummary(r: UserViewRow): OrgUserSummary {
  return {
    id: r.id, username: r.username, displayName: r.displayName, email: r.email,
    departmentId: r.departmentId, departmentName: r.departmentName, positionId: r.positionId, positionName: r.positionName,
    superiorId: r.superiorId, status: r.status, locale: r.locale === 'en-US' ? 'en-US' : 'zh-CN',
  };
}

/** People by id, in the order asked (unknown ids are left out). */
export async function usersByIds(ids: readonly string[]): Promise<OrgUserSummary[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await selectUserViews().where(and(inOwnTenant(), inArray(users.id, wanted)));
  const byId = new Map(rows.map((r) => [r.id, toSummary(r)]));
  return wanted.flatMap((id) => byId.get(id) ?? []);
}

export async function getUserSummary(id: string): Promise<OrgUserSummary | null> {
  const [user] = await usersByIds([id]);
  return user ?? null;
}

export async function isUserActive(id: string): Promise<boolean> {
  return isActiveUser(id);
}

/** 部门负责人 of the department, if set and still active (approvals skip a disabled head). */
export async function departmentHeadOf(departmentId: string): Promise<string | null> {
  const dept = await findDepartment(departmentId);
  if (!dept?.headUserId) return null;
  return (await isActiveUser(dept.headUserId)) ? dept.headUserId : null;
}

/** The department's id and those of every department below it. */
export async function departmentAndDescendants(departmentId: string): Promise<string[]> {
  const nodes = await departmentNodes();
  if (!nodes.some((n) => n.id === departmentId)) return [];
  return subtreeIds(nodes, departmentId);
}

/**
 * 逐级: the user's direct superior, then theirs, up to `maxLevels` people. Disabled people stay in
 * the chain with their status, so the approval engine decides whether to skip them.
 */
export async function superiorChain(userId: string, maxLevels: number): Promise<OrgUserSummary[]> {
  const start = await findUserRow(userId);
  if (!start?.superiorId || maxLevels <= 0) return [];
  const chain = orderChain(start.superiorId, (await reportingChainRows(userId)).filter((r) => r.id !== userId), maxLevels);
  return usersByIds(chain.map((r) => r.id));
}

/** Active holders of a role (e.g. every 财务 for a finance approval step), by login name. */
export async function usersWithRole(roleCode: string): Promise<OrgUserSummary[]> {
  return usersByIds(await activeUserIdsWithRoleCode(roleCode));
}
