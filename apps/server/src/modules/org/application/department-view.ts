import type { DepartmentList, OrgDepartment } from '@triad/contracts';
import { orgErrors } from '../errors.ts';
import { listDepartmentViews, userCountsByDepartment, type DepartmentRow } from '../infra/department.repository.ts';
import { isActiveUser } from '../infra/user.repository.ts';

/** The flat department list (the web builds the tree from parentId). */
export async function listDepartments(): Promise<DepartmentList> {
  const rows = await listDepartmentViews();
  const counts = await userCountsByDepartment();
  return {
    items: rows.map((r) => ({
      ...r,
      userCount: counts.get(r.id) ?? 0,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

export async function loadDepartmentView(id: string): Promise<OrgDepartment> {
  const item = (await listDepartments()).items.find((d) => d.id === id);
  if (!item) throw orgErrors['org.department.notFound']();
  return item;
}

/** 部门负责人 approves for the department, so it must be someone who can act. */
export async function checkHead(headUserId: string | null | undefined): Promise<void> {
  if (headUserId && !(await isActiveUser(headUserId))) {
    throw orgErrors['org.department.headInvalid'](undefined, [{ path: 'body.headUserId', message: 'not an active user of this company' }]);
  }
}

export function departmentAuditSnapshot(row: DepartmentRow): Record<string, unknown> {
  return { parentId: row.parentId, code: row.code, name: row.name, headUserId: row.headUserId, sortOrder: row.sortOrder };
}
