import { approvalPermissions, type ApprovalPermission } from '@triad/contracts';

/**
 * Approval's permission matrix (rows in `@triad/contracts`). Routes name their key with
 * `satisfies ApprovalPermission`; submitting and acting on one's own tasks need none.
 */
export { approvalPermissions };
export type { ApprovalPermission };

export const manageDefinitions = 'approval.definition.manage' satisfies ApprovalPermission;
export const readAllInstances = 'approval.instance.readAll' satisfies ApprovalPermission;
export const approvalAdmin = 'approval.admin' satisfies ApprovalPermission;
