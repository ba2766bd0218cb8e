import type { CreateRoleRequest, OrgRole } from '@triad/contracts';
import { hasPermission, type Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { missingGrants } from '../domain/grants.ts';
import { orgErrors } from '../errors.ts';
import { isUniqueViolation } from '../infra/pg-error.ts';
import { findRole, insertRole, replaceRolePermissions, roleCodeExists } from '../infra/role.repository.ts';
import { checkPermissionKeys, loadRoleView, normaliseScopeDepartments, roleAuditSnapshot } from './role-view.ts';

/** 新建角色 with its permissions and data scope. */
export async function createRole(principal: Principal, input: CreateRoleRequest): Promise<OrgRole> {
  const permissions = [...new Set(input.permissions ?? [])].sort();
  checkPermissionKeys(permissions);
  const missing = missingGrants((k) => hasPermission(principal, k), permissions);
  if (missing.length > 0) throw orgErrors['org.role.grantExceedsOwn'](undefined, { missing });
  if (await roleCodeExists(input.code)) throw orgErrors['org.role.codeTaken']({ code: input.code });
  const dataScope = input.dataScope ?? 'self';
  const dataScopeDepartmentIds = await normaliseScopeDepartments(dataScope, input.dataScopeDepartmentIds);

  const id = newId();
  try {
    await insertRole({
      id,
      tenantId: actor().tenantId,
      code: input.code,
      name: input.name,
      description: input.description ?? null,
      dataScope,
      dataScopeDepartmentIds,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'roles_tenant_code')) throw orgErrors['org.role.codeTaken']({ code: input.code });
    throw error;
  }
  await replaceRolePermissions(id, permissions);
  const row = await findRole(id);
  if (!row) throw orgErrors['org.role.notFound']();
  await recordAudit({ entity: 'role', entityId: id, action: 'create', after: roleAuditSnapshot(row, permissions) });
  return loadRoleView(id);
}
