import { orgPermissions, type OrgPermission } from '@triad/contracts';

/**
 * Org's permission matrix. The rows live in `@triad/contracts` (org/permissions.ts) so the web's
 * role editor shows the same labels; routes name their key with `satisfies OrgPermission`.
 */
export { orgPermissions };
export type { OrgPermission };

export const viewSalaryPermission = 'org.user.viewSalary' satisfies OrgPermission;
