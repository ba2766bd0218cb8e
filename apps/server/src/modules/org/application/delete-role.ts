import { hasPermission, type Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { missingGrants } from '../domain/grants.ts';
import { orgErrors } from '../errors.ts';
import { deleteRoleRow, findRole, permissionsByRole, userIdsWithRole } from '../infra/role.repository.ts';
import { roleAuditSnapshot } from './role-view.ts';

/**
 * 删除角色: allowed while users still hold it — they simply lose it (the audit row lists who),
 * because an administrator retiring a role should not have to edit every holder first. Deleting
 * withdraws the role's permissions, so the caller must hold them all; built-in roles stay.
 */
export async function deleteRole(principal: Principal, id: string): Promise<void> {
  const row = await findRole(id);
  if (!row) throw orgErrors['org.role.notFound']();
  if (row.isSystem) throw orgErrors['org.role.systemRole']();
  const permissions = (await permissionsByRole([id])).get(id) ?? [];
  const missing = missingGrants((k) => hasPermission(principal, k), permissions);
  if (missing.length > 0) throw orgErrors['org.role.grantExceedsOwn'](undefined, { missing });
  const holders = await userIdsWithRole(id);
  await deleteRoleRow(id);
  await recordAudit({ entity: 'role', entityId: id, action: 'delete', before: { ...roleAuditSnapshot(row, permissions), userIds: holders } });
  emit('org.role.updated', { roleId: id });
}
