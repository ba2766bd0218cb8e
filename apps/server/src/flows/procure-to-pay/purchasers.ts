import { and, eq } from 'drizzle-orm';
import { actor, tx } from '../../platform/tx/index.ts';
import { departmentHeadOf, departments, rolePermissions, userRoles, users } from '../../modules/org/index.ts';

/** Who buys: active people whose roles hold procurement.order; else the head of 采购部. */
export async function purchaserIds(): Promise<string[]> {
  const tenantId = actor().tenantId;
  const rows = await tx().selectDistinct({ id: users.id }).from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(rolePermissions, eq(rolePermissions.roleId, userRoles.roleId))
    .where(and(eq(users.tenantId, tenantId), eq(users.status, 'active'), eq(rolePermissions.permission, 'procurement.order')));
  if (rows.length > 0) return rows.map((r) => r.id);
  const [dept] = await tx().select({ id: departments.id }).from(departments)
    .where(and(eq(departments.tenantId, tenantId), eq(departments.name, '采购部')));
  const head = dept ? await departmentHeadOf(dept.id) : null;
  return head ? [head] : [];
}
