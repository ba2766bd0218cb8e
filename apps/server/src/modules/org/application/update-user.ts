import Decimal from 'decimal.js';
import type { OrgUser, UpdateUserRequest } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { changedKeys } from '../domain/grants.ts';
import { orgErrors } from '../errors.ts';
import { findUserRow, replaceUserRoles, roleIdsOfUser, updateUserRow, type NewUserRow } from '../infra/user.repository.ts';
import { assertAdministratorRemains, includesSystemRole } from './administrator-guard.ts';
import { assertMayAssignRoles, checkUserReferences } from './user-references.ts';
import { canViewSalary, loadScopedUserRow, loadUserView, userAuditSnapshot } from './user-view.ts';

const plainFields = ['displayName', 'email', 'phone', 'departmentId', 'positionId', 'superiorId', 'locale'] as const;

function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Decimal(a).eq(b);
}

/** 编辑用户: changes only the fields sent; a change of roles is a grant and checked as one. */
export async function updateUser(principal: Principal, id: string, input: UpdateUserRequest): Promise<OrgUser> {
  const before = await loadScopedUserRow(principal, id);
  if (input.monthlySalary !== undefined && !canViewSalary(principal)) throw orgErrors['org.user.salaryForbidden']();

  const patch: Partial<NewUserRow> = {};
  for (const field of plainFields) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) Object.assign(patch, { [field]: value });
  }
  const salaryChanged = input.monthlySalary !== undefined && !sameAmount(input.monthlySalary, before.monthlySalary);
  if (salaryChanged) patch.monthlySalary = input.monthlySalary;

  const rolesBefore = await roleIdsOfUser(id);
  const rolesAfter = input.roleIds ? [...new Set(input.roleIds)] : rolesBefore;
  const rolesChanged = changedKeys(rolesBefore, rolesAfter);

  await checkUserReferences({
    departmentId: patch.departmentId,
    positionId: patch.positionId,
    superiorId: patch.superiorId,
    roleIds: rolesChanged.filter((r) => !rolesBefore.includes(r)),
  }, id);
  await assertMayAssignRoles(principal, rolesChanged);

  if (Object.keys(patch).length === 0 && rolesChanged.length === 0) return loadUserView(principal, id);
  if (Object.keys(patch).length > 0) await updateUserRow(id, patch);
  if (rolesChanged.length > 0) {
    await replaceUserRoles(id, rolesAfter);
    const removed = rolesBefore.filter((r) => !rolesAfter.includes(r));
    if (await includesSystemRole(removed)) await assertAdministratorRemains();
  }

  const after = await findUserRow(id);
  if (!after) throw orgErrors['org.user.notFound']();
  await recordAudit({
    entity: 'user',
    entityId: id,
    action: 'update',
    before: userAuditSnapshot(before, rolesBefore),
    after: { ...userAuditSnapshot(after, rolesAfter), ...(salaryChanged ? { monthlySalaryChanged: true } : {}) },
  });
  emit('org.user.updated', { userId: id });
  // Moving someone out of the editor's department must not turn the answer into a 404.
  return loadUserView({ ...principal, dataScope: { ...principal.dataScope, all: true } }, id);
}
