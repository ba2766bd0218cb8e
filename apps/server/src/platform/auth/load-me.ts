import { eq } from 'drizzle-orm';
import type { MeResponse } from '@triad/contracts';
import { effectivePermissions, type Principal } from '../access/index.ts';
import { schema } from '../db/index.ts';
import { tx } from '../tx/index.ts';

// Org owns these tables; auth only reads the caller's own row (and writes its profile fields).
const { users, departments, positions, tenants } = schema;

/** The caller's profile, company and permissions, as the web needs them after signing in. */
export async function loadMe(principal: Principal): Promise<MeResponse> {
  const [row] = await tx()
    .select({
      id: users.id, username: users.username, displayName: users.displayName, email: users.email,
      phone: users.phone, departmentId: users.departmentId, departmentName: departments.name,
      positionName: positions.name, locale: users.locale,
      tenantId: tenants.id, tenantCode: tenants.code, tenantName: tenants.name,
    })
    .from(users)
    .innerJoin(tenants, eq(tenants.id, users.tenantId))
    .leftJoin(departments, eq(departments.id, users.departmentId))
    .leftJoin(positions, eq(positions.id, users.positionId))
    .where(eq(users.id, principal.userId));
  if (!row) throw new Error(`authenticated user ${principal.userId} has no row`);
  return {
    user: {
      id: row.id, username: row.username, displayName: row.displayName, email: row.email, phone: row.phone,
      departmentId: row.departmentId, departmentName: row.departmentName, positionName: row.positionName,
      locale: row.locale === 'en-US' ? 'en-US' : 'zh-CN',
    },
    tenant: { id: row.tenantId, code: row.tenantCode, name: row.tenantName },
    permissions: effectivePermissions(principal),
    // Bearer callers have no session, hence nothing to echo.
    csrfToken: principal.authMethod === 'session' ? principal.csrfToken ?? '' : '',
  };
}
