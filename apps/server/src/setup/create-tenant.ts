import { eq } from 'drizzle-orm';
import { newId } from '../platform/db/index.ts';
import { asSystem, inTenant, tx } from '../platform/tx/index.ts';
import { hashPassword } from '../platform/auth/index.ts';
import { recordAudit } from '../platform/audit/index.ts';
import { tenants } from '../platform/tenancy/tenant.table.ts';
import { departments, rolePermissions, roles, userRoles, users, positions } from '../modules/org/infra/org.tables.ts';
import { minPasswordLength } from '../platform/auth/index.ts';
import { SetupError } from './setup-error.ts';
import { ensureFinanceSetup } from '../modules/finance/index.ts';

export interface NewTenant {
  code: string;
  name: string;
  adminPassword: string;
  isDemo?: boolean;
  /** More rows to create in the same transaction (the demo company's people). */
  seed?: (ctx: TenantSeedContext) => Promise<void>;
}

export interface TenantSeedContext {
  tenantId: string;
  rootDepartmentId: string;
  adminUserId: string;
  /** The admin's argon2id hash, reusable for demo users sharing the password. */
  passwordHash: string;
}

export interface CreatedTenant {
  tenantId: string;
  code: string;
  name: string;
  adminUserId: string;
  rootDepartmentId: string;
}

const codePattern = /^[a-z][a-z0-9-]{1,31}$/;

export function assertPassword(password: string): void {
  if (password.length < minPasswordLength) {
    throw new SetupError('password.tooShort', `The password must have at least ${minPasswordLength} characters.`);
  }
}

/**
 * A company with its root department, the 系统管理员 role (`*`) and the `admin` user.
 * Used by the first start (demo or empty company) and by `cli create-tenant`. Document numbers
 * need no rows: each document type registers its default prefix with the numbering service.
 */
export async function createTenantWithAdmin(input: NewTenant): Promise<CreatedTenant> {
  const code = input.code.trim();
  const name = input.name.trim();
  if (!codePattern.test(code)) {
    throw new SetupError('tenant.codeInvalid', `Tenant code "${input.code}" is invalid: 2-32 characters, lower-case letters, digits and '-', starting with a letter.`);
  }
  if (!name) throw new SetupError('usage', 'The company name is empty.');
  assertPassword(input.adminPassword);
  const taken = await asSystem((db) => db.select({ id: tenants.id }).from(tenants).where(eq(tenants.code, code)));
  if (taken.length > 0) throw new SetupError('tenant.codeTaken', `A tenant with code "${code}" already exists.`);

  const tenantId = newId();
  const rootDepartmentId = newId();
  const adminUserId = newId();
  const adminRoleId = newId();
  const passwordHash = await hashPassword(input.adminPassword);
  // The company's rows commit first and the tenants row last: until that row exists nobody can
  // log in to the company, so a crash in between leaves nothing half-usable behind.
  await inTenant({ tenantId, userName: 'setup' }, async () => {
    await tx().insert(departments).values({ id: rootDepartmentId, tenantId, code: 'ROOT', name, headUserId: adminUserId });
    await tx().insert(roles).values({
      id: adminRoleId, tenantId, code: 'admin', name: '系统管理员', description: '全部权限（系统内置）',
      dataScope: 'all', isSystem: true,
    });
    await tx().insert(rolePermissions).values({ tenantId, roleId: adminRoleId, permission: '*' });
    await tx().insert(users).values({
      id: adminUserId, tenantId, username: 'admin', displayName: '系统管理员', passwordHash,
      email: `admin@${code}.triad.local`, departmentId: rootDepartmentId, passwordChangedAt: new Date(),
    });
    await tx().insert(userRoles).values({ tenantId, userId: adminUserId, roleId: adminRoleId });
    // Every company keeps books from day one: the PRC chart, posting rules and this year's periods.
    await ensureFinanceSetup();
    if (input.seed) await input.seed({ tenantId, rootDepartmentId, adminUserId, passwordHash });
    await recordAudit({ entity: 'tenant', entityId: tenantId, action: 'create', after: { code, name, isDemo: input.isDemo ?? false } });
  });
  const inserted = await asSystem((db) => db.insert(tenants)
    .values({ id: tenantId, code, name, isDemo: input.isDemo ?? false })
    .onConflictDoNothing({ target: tenants.code })
    .returning({ id: tenants.id }));
  if (inserted.length === 0) {
    // Another process (two servers starting together) created the same code meanwhile.
    await discardTenantRows(tenantId);
    throw new SetupError('tenant.codeTaken', `A tenant with code "${code}" already exists.`);
  }
  return { tenantId, code, name, adminUserId, rootDepartmentId };
}

/** Removes the rows of a tenant whose tenants row was never written (the audit log stays). */
async function discardTenantRows(tenantId: string): Promise<void> {
  await inTenant({ tenantId }, async () => {
    await tx().delete(userRoles).where(eq(userRoles.tenantId, tenantId));
    await tx().delete(rolePermissions).where(eq(rolePermissions.tenantId, tenantId));
    await tx().delete(roles).where(eq(roles.tenantId, tenantId));
    await tx().delete(users).where(eq(users.tenantId, tenantId));
    await tx().delete(departments).where(eq(departments.tenantId, tenantId));
    await tx().delete(positions).where(eq(positions.tenantId, tenantId));
  });
}
