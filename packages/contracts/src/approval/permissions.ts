import { definePermissions } from '../common/permission.ts';

/**
 * Approval's permission matrix. Submitting, acting on one's own tasks and reading one's own or
 * CC'd requests need only a signed-in user; these keys are for designers and administrators.
 */
export const approvalPermissions = definePermissions([
  { key: 'approval.definition.manage', group: 'approval', label: { 'zh-CN': '设计与发布审批模板', 'en-US': 'Design and publish request types' } },
  { key: 'approval.instance.readAll', group: 'approval', label: { 'zh-CN': '查看全公司审批单', 'en-US': 'View every approval of the company' } },
  { key: 'approval.admin', group: 'approval', label: { 'zh-CN': '审批管理（离职交接、代设委托）', 'en-US': 'Approval administration (hand over leavers\' tasks, set delegations)' } },
]);

export type ApprovalPermission = (typeof approvalPermissions)[number]['key'];

export const approvalPermissionGroups = {
  approval: { 'zh-CN': '审批', 'en-US': 'Approvals' },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
