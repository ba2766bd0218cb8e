import type { FastifyInstance } from 'fastify';
import { registerDepartmentRoutes } from './http/department.routes.ts';
import { registerPositionRoutes } from './http/position.routes.ts';
import { registerRoleRoutes } from './http/role.routes.ts';
import { registerUserRoutes } from './http/user.routes.ts';
import './application/welcome-new-user.handler.ts';

/**
 * The org module (组织架构): users, departments, positions, superiors, roles and permissions.
 * Other areas use only what this file exports. The query functions run inside the caller's
 * unit of work (inTenant / asCaller) and see only that company.
 */
export async function registerOrgRoutes(app: FastifyInstance): Promise<void> {
  registerUserRoutes(app);
  registerDepartmentRoutes(app);
  registerPositionRoutes(app);
  registerRoleRoutes(app);
}

export {
  getUserSummary,
  usersByIds,
  isUserActive,
  departmentHeadOf,
  departmentAndDescendants,
  superiorChain,
  usersWithRole,
} from './application/org-queries.ts';
export { orgPermissions } from './permissions.ts';
export type { OrgPermission } from './permissions.ts';
export { orgErrors } from './errors.ts';
export { departments, positions, users, roles, rolePermissions, userRoles } from './infra/org.tables.ts';
