import { recordAudit } from '../../../platform/audit/index.ts';
import { orgErrors } from '../errors.ts';
import { countChildDepartments, countDepartmentUsers, deleteDepartmentRow, findDepartment, removeFromRoleScopes } from '../infra/department.repository.ts';
import { departmentAuditSnapshot } from './department-view.ts';

/**
 * 删除部门: only an empty leaf. People and sub-departments are moved first, on purpose, so that
 * nobody silently loses their department (and the data scope that follows from it).
 */
export async function deleteDepartment(id: string): Promise<void> {
  const row = await findDepartment(id);
  if (!row) throw orgErrors['org.department.notFound']();
  if ((await countChildDepartments(id)) > 0) throw orgErrors['org.department.hasChildren']();
  const users = await countDepartmentUsers(id);
  if (users > 0) throw orgErrors['org.department.hasUsers']({ count: users });
  const rolesTouched = await removeFromRoleScopes(id);
  await deleteDepartmentRow(id);
  await recordAudit({ entity: 'department', entityId: id, action: 'delete', before: departmentAuditSnapshot(row), after: rolesTouched.length > 0 ? { removedFromRoleScopes: rolesTouched } : undefined });
}
