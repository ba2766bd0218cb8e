import { hasPermission, type Principal } from '../../../platform/access/index.ts';
import { missingGrants } from '../domain/grants.ts';
import { checkSuperior } from '../domain/reporting-line.ts';
import { orgErrors } from '../errors.ts';
import { findDepartment } from '../infra/department.repository.ts';
import { findPosition } from '../infra/position.repository.ts';
import { findRoles, permissionsByRole } from '../infra/role.repository.ts';
import { isActiveUser, permissionsOfUser, superiorIdsAbove } from '../infra/user.repository.ts';

export interface UserReferences {
  departmentId?: string | null;
  positionId?: string | null;
  superiorId?: string | null;
  roleIds?: readonly string[];
}

const notFound = (field: string) => [{ path: `body.${field}`, message: 'not found in this company' }];

/**
 * Everything a user points at must exist in the same company. Row-level security hides other
 * companies' rows, so their ids look exactly like ids that never existed.
 */
export async function checkUserReferences(refs: UserReferences, userId?: string): Promise<void> {
  if (refs.departmentId && !(await findDepartment(refs.departmentId))) {
    throw orgErrors['org.user.departmentNotFound'](undefined, notFound('departmentId'));
  }
  if (refs.positionId && !(await findPosition(refs.positionId))) {
    throw orgErrors['org.user.positionNotFound'](undefined, notFound('positionId'));
  }
  if (refs.superiorId) {
    if (userId) {
      const check = checkSuperior(userId, refs.superiorId, await superiorIdsAbove(refs.superiorId));
      if (check === 'self') throw orgErrors['org.user.superiorSelf'](undefined, [{ path: 'body.superiorId', message: 'is the user' }]);
      if (check === 'cycle') throw orgErrors['org.user.superiorCycle'](undefined, [{ path: 'body.superiorId', message: 'reports to the user' }]);
    }
    // Approvals go to the superior: a disabled account there would stall every request.
    if (!(await isActiveUser(refs.superiorId))) throw orgErrors['org.user.superiorNotFound'](undefined, notFound('superiorId'));
  }
  if (refs.roleIds && refs.roleIds.length > 0) {
    const wanted = [...new Set(refs.roleIds)];
    const found = new Set((await findRoles(wanted)).map((r) => r.id));
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw orgErrors['org.user.roleNotFound'](undefined, [{ path: 'body.roleIds', message: 'not found in this company', ids: missing }]);
  }
}

/** Giving or taking away a role is granting or withdrawing its permissions. */
export async function assertMayAssignRoles(principal: Principal, changedRoleIds: readonly string[]): Promise<void> {
  if (changedRoleIds.length === 0) return;
  const byRole = await permissionsByRole(changedRoleIds);
  const keys = [...byRole.values()].flat();
  const missing = missingGrants((k) => hasPermission(principal, k), keys);
  if (missing.length > 0) throw orgErrors['org.role.grantExceedsOwn'](undefined, { missing });
}

/**
 * Resetting the password of (or locking out) someone who holds more than you would hand you
 * their powers; only a caller holding all of the target's permissions may do it.
 */
export async function assertNotOutranked(principal: Principal, userId: string): Promise<void> {
  const missing = missingGrants((k) => hasPermission(principal, k), await permissionsOfUser(userId));
  if (missing.length > 0) throw orgErrors['org.user.outranks'](undefined, { missing });
}
