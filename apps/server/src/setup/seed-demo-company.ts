import { eq } from 'drizzle-orm';
import { allPermissions } from '@triad/contracts';
import { newId } from '../platform/db/index.ts';
import { tx } from '../platform/tx/index.ts';
import { departments, positions, rolePermissions, roles, userRoles, users } from '../modules/org/infra/org.tables.ts';
import { seedRequestTypes } from '../modules/approval/index.ts';
import type { TenantSeedContext } from './create-tenant.ts';
import { seedDemoFinance } from './seed-demo-finance.ts';
import { demoDepartments, demoEmail, demoRoles, demoUsers, type DemoRole } from './demo-company.data.ts';

/** The 总经理 sees everything: the listed keys plus every read permission of the matrix. */
function permissionsOf(role: DemoRole): string[] {
  const keys = new Set(role.permissions);
  if (role.code === 'gm') for (const p of allPermissions) if (p.key.endsWith('.read')) keys.add(p.key);
  return [...keys].sort();
}

/** Departments, positions, roles and people of 示例科技有限公司, inside the tenant's transaction. */
export async function seedDemoCompany(ctx: TenantSeedContext): Promise<void> {
  const { tenantId } = ctx;
  const userIds = new Map(demoUsers.map((u) => [u.username, newId()]));
  const idOf = (username: string): string => {
    const id = userIds.get(username);
    if (!id) throw new Error(`demo data: unknown user ${username}`);
    return id;
  };

  const departmentIds = new Map<string, string>();
  await tx().insert(departments).values(demoDepartments.map((d, i) => {
    const id = newId();
    departmentIds.set(d.code, id);
    return { id, tenantId, parentId: ctx.rootDepartmentId, code: d.code, name: d.name, headUserId: idOf(d.head), sortOrder: i + 1 };
  }));
  const generalManager = demoUsers.find((u) => u.roles.includes('gm'));
  if (!generalManager) throw new Error('demo data: no 总经理');
  await tx().update(departments).set({ headUserId: idOf(generalManager.username) }).where(eq(departments.id, ctx.rootDepartmentId));

  const positionIds = new Map<string, string>();
  for (const name of new Set(demoUsers.map((u) => u.position))) positionIds.set(name, newId());
  await tx().insert(positions).values([...positionIds].map(([name, id], i) => ({ id, tenantId, name, sortOrder: i + 1 })));

  const roleIds = new Map(demoRoles.map((r) => [r.code, newId()]));
  await tx().insert(roles).values(demoRoles.map((r) => ({
    id: roleIds.get(r.code) as string, tenantId, code: r.code, name: r.name, description: r.description, dataScope: r.dataScope,
  })));
  await tx().insert(rolePermissions).values(demoRoles.flatMap((r) =>
    permissionsOf(r).map((permission) => ({ tenantId, roleId: roleIds.get(r.code) as string, permission }))));

  const headOf = new Map<string, string>(demoDepartments.map((d) => [d.code, d.head]));
  const now = new Date();
  await tx().insert(users).values(demoUsers.map((u) => {
    const head = headOf.get(u.department);
    // Staff report to their department head, heads to the 总经理, the 总经理 to nobody.
    const superior = u.username === generalManager.username ? null
      : head && head !== u.username ? head : generalManager.username;
    return {
      id: idOf(u.username), tenantId, username: u.username, displayName: u.displayName,
      passwordHash: ctx.passwordHash, email: demoEmail(u.username),
      departmentId: departmentIds.get(u.department) ?? null, positionId: positionIds.get(u.position) ?? null,
      superiorId: superior ? idOf(superior) : null, monthlySalary: u.monthlySalary, passwordChangedAt: now,
    };
  }));
  await tx().insert(userRoles).values(demoUsers.flatMap((u) =>
    u.roles.map((code) => ({ tenantId, userId: idOf(u.username), roleId: roleIds.get(code) as string }))));
  const departmentOf = (code: string): string => {
    const id = departmentIds.get(code);
    if (!id) throw new Error(`demo data: unknown department ${code}`);
    return id;
  };
  await seedRequestTypes({ financeDepartmentId: departmentOf('FIN'), procurementDepartmentId: departmentOf('PUR'), adminDepartmentId: departmentOf('HRA') });
  await seedDemoFinance({ departmentOf, userOf: idOf });
}
