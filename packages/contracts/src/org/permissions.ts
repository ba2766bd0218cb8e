import { definePermissions } from '../common/permission.ts';

/**
 * Organisation's permission matrix: one row per (object, action). Reviewed in diffs; the role
 * editor shows the labels, the server refuses keys that are not listed here.
 */
export const orgPermissions = definePermissions([
  { key: 'org.user.read', group: 'org.user', label: { 'zh-CN': '查看用户', 'en-US': 'View users' } },
  { key: 'org.user.create', group: 'org.user', label: { 'zh-CN': '新建用户', 'en-US': 'Create users' } },
  { key: 'org.user.update', group: 'org.user', label: { 'zh-CN': '编辑用户', 'en-US': 'Edit users' } },
  { key: 'org.user.disable', group: 'org.user', label: { 'zh-CN': '停用/启用用户', 'en-US': 'Disable / enable users' } },
  { key: 'org.user.resetPassword', group: 'org.user', label: { 'zh-CN': '重置用户密码', 'en-US': 'Reset user passwords' } },
  { key: 'org.user.viewSalary', group: 'org.user', label: { 'zh-CN': '查看和修改月薪', 'en-US': 'View and change monthly salary' }, sensitive: true },
  { key: 'org.department.read', group: 'org.department', label: { 'zh-CN': '查看部门', 'en-US': 'View departments' } },
  { key: 'org.department.manage', group: 'org.department', label: { 'zh-CN': '管理部门', 'en-US': 'Manage departments' } },
  { key: 'org.position.read', group: 'org.position', label: { 'zh-CN': '查看岗位', 'en-US': 'View positions' } },
  { key: 'org.position.manage', group: 'org.position', label: { 'zh-CN': '管理岗位', 'en-US': 'Manage positions' } },
  { key: 'org.role.read', group: 'org.role', label: { 'zh-CN': '查看角色', 'en-US': 'View roles' } },
  { key: 'org.role.manage', group: 'org.role', label: { 'zh-CN': '管理角色与权限', 'en-US': 'Manage roles and permissions' } },
]);

export type OrgPermission = (typeof orgPermissions)[number]['key'];

/** Headings of org's groups in the role editor. */
export const orgPermissionGroups = {
  'org.user': { 'zh-CN': '用户', 'en-US': 'Users' },
  'org.department': { 'zh-CN': '部门', 'en-US': 'Departments' },
  'org.position': { 'zh-CN': '岗位', 'en-US': 'Positions' },
  'org.role': { 'zh-CN': '角色', 'en-US': 'Roles' },
} as const satisfies Record<string, { 'zh-CN': string; 'en-US': string }>;
