import { randomBytes } from 'node:crypto';
import { newId } from '../platform/db/index.ts';
import { asSystem, inTenant, tx } from '../platform/tx/index.ts';
import { hashPassword, hashToken, randomToken, sessions } from '../platform/auth/index.ts';
import { tenants } from '../platform/tenancy/tenant.table.ts';
import { departments, roles, rolePermissions, userRoles, users } from '../modules/org/infra/org.tables.ts';

export interface TestTenant { id: string; code: string; name: string }
export interface TestUser { id: string; tenantId: string; username: string; password: string; departmentId: string | null; roleId: string }

const suffix = () => randomBytes(4).toString('hex');

export async function createTenant(name = '测试公司'): Promise<TestTenant> {
  const t = { id: newId(), code: `t${suffix()}`, name };
  await asSystem((db) => db.insert(tenants).values(t));
  return t;
}

export async function createDepartment(tenant: TestTenant, name: string, parentId: string | null = null): Promise<string> {
  const id = newId();
  await inTenant({ tenantId: tenant.id }, () => tx().insert(departments).values({ id, tenantId: tenant.id, name, parentId }));
  return id;
}

// Hashing is the slow part of user creation; tests share one hash per password.
const hashes = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) { h = hashPassword(password); hashes.set(password, h); }
  return h;
}

export interface CreateUserOptions {
  username?: string;
  displayName?: string;
  password?: string;
  permissions?: string[];
  dataScope?: 'self' | 'department' | 'departmentTree' | 'all' | 'custom';
  dataScopeDepartmentIds?: string[];
  departmentId?: string | null;
  superiorId?: string | null;
  email?: string | null;
  status?: 'active' | 'disabled';
}

/** A user with a role of their own holding exactly `permissions`. */
export async function createUser(tenant: TestTenant, opts: CreateUserOptions = {}): Promise<TestUser> {
  const password = opts.password ?? 'Passw0rd!';
  const username = opts.username ?? `user.${suffix()}`;
  const userId = newId();
  const roleId = newId();
  const passwordHash = await cachedHash(password);
  await inTenant({ tenantId: tenant.id }, async () => {
    await tx().insert(users).values({
      id: userId, tenantId: tenant.id, username, displayName: opts.displayName ?? username, passwordHash,
      departmentId: opts.departmentId ?? null, superiorId: opts.superiorId ?? null, email: opts.email ?? null,
      status: opts.status ?? 'active',
    });
    await tx().insert(roles).values({
      id: roleId, tenantId: tenant.id, code: `r_${suffix()}`, name: `角色 ${username}`,
      dataScope: opts.dataScope ?? 'all', dataScopeDepartmentIds: opts.dataScopeDepartmentIds ?? [],
    });
    const perms = opts.permissions ?? ['*'];
    if (perms.length > 0) await tx().insert(rolePermissions).values(perms.map((permission) => ({ tenantId: tenant.id, roleId, permission })));
    await tx().insert(userRoles).values({ tenantId: tenant.id, userId, roleId });
  });
  return { id: userId, tenantId: tenant.id, username, password, departmentId: opts.departmentId ?? null, roleId };
}

export interface AuthHeaders extends Record<string, string> { cookie: string; 'x-csrf-token': string }

/** A live session for the user, as the browser would hold it after logging in. */
export async function sessionHeaders(user: TestUser): Promise<AuthHeaders> {
  const token = randomToken();
  const csrf = randomToken(16);
  await inTenant({ tenantId: user.tenantId }, () => tx().insert(sessions).values({
    idHash: hashToken(token), tenantId: user.tenantId, userId: user.id, csrfToken: csrf,
    expiresAt: new Date(Date.now() + 8 * 3600_000),
  }));
  return { cookie: `triad_session=${token}`, 'x-csrf-token': csrf };
}
