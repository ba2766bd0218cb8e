import type { CreateUserRequest, CreateUserResponse } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { hashPassword } from '../../../platform/auth/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { generatePassword } from '../../../platform/auth/index.ts';
import { orgErrors } from '../errors.ts';
import { isUniqueViolation } from '../infra/pg-error.ts';
import { findUserRow, insertUser, replaceUserRoles, usernameExists } from '../infra/user.repository.ts';
import { assertMayAssignRoles, checkUserReferences } from './user-references.ts';
import { canViewSalary, loadUserView, userAuditSnapshot } from './user-view.ts';

/** 新建用户: one account with its place in the organisation and its roles. */
export async function createUser(principal: Principal, input: CreateUserRequest): Promise<CreateUserResponse> {
  if (input.monthlySalary != null && !canViewSalary(principal)) throw orgErrors['org.user.salaryForbidden']();
  if (await usernameExists(input.username)) throw orgErrors['org.user.usernameTaken']({ username: input.username });
  const roleIds = [...new Set(input.roleIds ?? [])];
  await checkUserReferences({ ...input, roleIds });
  await assertMayAssignRoles(principal, roleIds);

  const generatedPassword = input.password ? null : generatePassword();
  const id = newId();
  try {
    await insertUser({
      id,
      tenantId: actor().tenantId,
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password ?? (generatedPassword as string)),
      email: input.email ?? null,
      phone: input.phone ?? null,
      departmentId: input.departmentId ?? null,
      positionId: input.positionId ?? null,
      superiorId: input.superiorId ?? null,
      monthlySalary: input.monthlySalary ?? null,
      locale: input.locale ?? 'zh-CN',
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_tenant_username')) throw orgErrors['org.user.usernameTaken']({ username: input.username });
    throw error;
  }
  await replaceUserRoles(id, roleIds);

  const row = await findUserRow(id);
  if (!row) throw orgErrors['org.user.notFound']();
  await recordAudit({ entity: 'user', entityId: id, action: 'create', after: { ...userAuditSnapshot(row, roleIds), monthlySalarySet: row.monthlySalary !== null } });
  emit('org.user.created', { userId: id, username: row.username, departmentId: row.departmentId });
  // The creator may not see users outside their data scope, but always sees what they just made.
  const user = await loadUserView({ ...principal, dataScope: { ...principal.dataScope, all: true } }, id);
  return { user, generatedPassword };
}
