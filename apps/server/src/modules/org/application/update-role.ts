import type { OrgRole, UpdateRoleRequest } from '@triad/contracts';
import { hasPermission, type Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { changedKeys, missingGrants } from '../domain/grants.ts';
import { orgErrors } from '../errors.ts';
import { findRole, permissionsByRole, replaceRolePermissions, roleCodeExists, updateRoleRow, type NewRoleRow } from '../infra/role.repository.ts';
import { checkPermissionKeys, loadRoleView, normaliseScopeDepartments, roleAuditSnapshot } from './role-view.ts';

/**
 * 编辑角色: name, permissions, data scope. A built-in role keeps its code, permissions and scope
 * (the company must never lose its administrator), only its name and description change.
 */
export async function updateRole(principal: Principal, id: string, input: UpdateRoleRequest): Promise<OrgRole> {
  const before = await findRole(id);
  if (!before) throw orgErrors['org.role.notFound']();
  const permissionsBefore = (await permissionsByRole([id])).get(id) ?? [];
  const permissionsAfter = input.permissions ? [...new Set(input.permissions)].sort() : permissionsBefore;
  const permissionChanges = changedKeys(permissionsBefore, permissionsAfter);

  const patch: Partial<NewRoleRow> = {};
  if (input.name !== undefined && input.name !== before.name) patch.name = input.name;
  if (input.description !== undefined && input.description !== before.description) patch.description = input.description;
  if (input.code !== undefined && input.code !== before.code) patch.code = input.code;
  if (input.dataScope !== undefined || input.dataScopeDepartmentIds !== undefined) {
    const scope = input.dataScope ?? before.dataScope;
    const ids = await normaliseScopeDepartments(scope, input.dataScopeDepartmentIds ?? before.dataScopeDepartmentIds);
    if (scope !== before.dataScope) patch.dataScope = scope;
    if (ids.join() !== [...before.dataScopeDepartmentIds].sort().join()) patch.dataScopeDepartmentIds = ids;
  }
  const touchesGrants = permissionChanges.length > 0 || patch.code !== undefined || patch.dataScope !== undefined || patch.dataScopeDepartmentIds !== undefined;
  if (before.isSystem && touchesGrants) throw orgErrors['org.role.systemRole']();

  checkPermissionKeys(permissionChanges.filter((k) => !permissionsBefore.includes(k)));
  const missing = missingGrants((k) => hasPermission(principal, k), permissionChanges);
  if (missing.length > 0) throw orgErrors['org.role.grantExceedsOwn'](undefined, { missing });
  if (patch.code && (await roleCodeExists(patch.code, id))) throw orgErrors['org.role.codeTaken']({ code: patch.code });
  if (Object.keys(patch).length === 0 && permissionChanges.length === 0) return loadRoleView(id);

  if (Object.keys(patch).length > 0) await updateRoleRow(id, patch);
  if (permissionChanges.length > 0) await replaceRolePermissions(id, permissionsAfter);
  const after = await findRole(id);
  if (!after) throw orgErrors['org.role.notFound']();
  await recordAudit({ entity: 'role', entityId: id, action: 'update', before: roleAuditSnapshot(before, permissionsBefore), after: roleAuditSnapshot(after, permissionsAfter) });
  emit('org.role.updated', { roleId: id });
  return loadRoleView(id);
}
