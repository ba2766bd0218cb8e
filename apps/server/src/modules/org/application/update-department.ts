import type { OrgDepartment, UpdateDepartmentRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { wouldCreateCycle } from '../domain/department-tree.ts';
import { orgErrors } from '../errors.ts';
import { departmentCodeExists, departmentNodes, findDepartment, updateDepartmentRow, type NewDepartmentRow } from '../infra/department.repository.ts';
import { checkHead, departmentAuditSnapshot, loadDepartmentView } from './department-view.ts';

const fields = ['parentId', 'code', 'name', 'headUserId', 'sortOrder'] as const;

/** 编辑/移动部门: rename, recode, change the head, or move it elsewhere in the tree. */
export async function updateDepartment(id: string, input: UpdateDepartmentRequest): Promise<OrgDepartment> {
  const before = await findDepartment(id);
  if (!before) throw orgErrors['org.department.notFound']();
  const patch: Partial<NewDepartmentRow> = {};
  for (const field of fields) {
    const value = input[field];
    if (value !== undefined && value !== before[field]) Object.assign(patch, { [field]: value });
  }
  if (Object.keys(patch).length === 0) return loadDepartmentView(id);

  if (patch.parentId) {
    if (!(await findDepartment(patch.parentId))) {
      throw orgErrors['org.department.parentNotFound'](undefined, [{ path: 'body.parentId', message: 'not found in this company' }]);
    }
    if (wouldCreateCycle(await departmentNodes(), id, patch.parentId)) {
      throw orgErrors['org.department.cycle'](undefined, [{ path: 'body.parentId', message: 'is the department or below it' }]);
    }
  }
  if (patch.code && (await departmentCodeExists(patch.code, id))) throw orgErrors['org.department.codeTaken']({ code: patch.code });
  await checkHead(patch.headUserId);

  await updateDepartmentRow(id, patch);
  const after = await findDepartment(id);
  if (!after) throw orgErrors['org.department.notFound']();
  await recordAudit({ entity: 'department', entityId: id, action: 'update', before: departmentAuditSnapshot(before), after: departmentAuditSnapshot(after) });
  return loadDepartmentView(id);
}
