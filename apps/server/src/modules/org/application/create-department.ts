import type { CreateDepartmentRequest, OrgDepartment } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { emit } from '../../../platform/events/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { orgErrors } from '../errors.ts';
import { departmentCodeExists, findDepartment, insertDepartment } from '../infra/department.repository.ts';
import { checkHead, departmentAuditSnapshot, loadDepartmentView } from './department-view.ts';

/** 新建部门 under an existing parent (or at the top of the tree). */
export async function createDepartment(input: CreateDepartmentRequest): Promise<OrgDepartment> {
  if (input.parentId && !(await findDepartment(input.parentId))) {
    throw orgErrors['org.department.parentNotFound'](undefined, [{ path: 'body.parentId', message: 'not found in this company' }]);
  }
  if (input.code && (await departmentCodeExists(input.code))) throw orgErrors['org.department.codeTaken']({ code: input.code });
  await checkHead(input.headUserId);
  const id = newId();
  await insertDepartment({
    id,
    tenantId: actor().tenantId,
    parentId: input.parentId ?? null,
    code: input.code ?? null,
    name: input.name,
    headUserId: input.headUserId ?? null,
    sortOrder: input.sortOrder ?? 0,
  });
  const row = await findDepartment(id);
  if (!row) throw orgErrors['org.department.notFound']();
  await recordAudit({ entity: 'department', entityId: id, action: 'create', after: departmentAuditSnapshot(row) });
  emit('org.department.created', { departmentId: id, name: row.name });
  return loadDepartmentView(id);
}
