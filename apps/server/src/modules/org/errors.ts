import { defineErrors } from '../../platform/http/index.ts';

/** Every failure of the org module a caller can act on, with its message in both locales. */
export const orgErrors = defineErrors({
  'org.user.notFound': { status: 404, message: { 'zh-CN': '用户不存在', 'en-US': 'User not found' } },
  'org.user.usernameTaken': { status: 409, message: { 'zh-CN': '登录名“{username}”已被使用', 'en-US': 'The login name "{username}" is already taken' } },
  'org.user.departmentNotFound': { status: 400, message: { 'zh-CN': '所选部门不存在', 'en-US': 'The chosen department does not exist' } },
  'org.user.positionNotFound': { status: 400, message: { 'zh-CN': '所选岗位不存在', 'en-US': 'The chosen position does not exist' } },
  'org.user.superiorNotFound': { status: 400, message: { 'zh-CN': '所选上级不存在或已停用', 'en-US': 'The chosen superior does not exist or is disabled' } },
  'org.user.superiorSelf': { status: 400, message: { 'zh-CN': '不能把用户设为自己的上级', 'en-US': 'A user cannot be their own superior' } },
  'org.user.superiorCycle': { status: 400, message: { 'zh-CN': '汇报关系不能形成循环', 'en-US': 'The reporting line would form a loop' } },
  'org.user.roleNotFound': { status: 400, message: { 'zh-CN': '所选角色不存在', 'en-US': 'A chosen role does not exist' } },
  'org.user.salaryForbidden': { status: 403, message: { 'zh-CN': '没有查看和修改月薪的权限', 'en-US': 'You may not view or change salaries' } },
  'org.user.cannotDisableSelf': { status: 409, message: { 'zh-CN': '不能停用自己的账号', 'en-US': 'You cannot disable your own account' } },
  'org.user.outranks': { status: 403, message: { 'zh-CN': '该用户拥有您没有的权限，不能对其执行此操作', 'en-US': 'This user holds permissions you do not have; you cannot do this to them' } },
  'org.user.lastAdministrator': { status: 409, message: { 'zh-CN': '公司至少需要保留一名在职的系统管理员', 'en-US': 'The company must keep at least one active administrator' } },
  'org.department.notFound': { status: 404, message: { 'zh-CN': '部门不存在', 'en-US': 'Department not found' } },
  'org.department.parentNotFound': { status: 400, message: { 'zh-CN': '上级部门不存在', 'en-US': 'The parent department does not exist' } },
  'org.department.cycle': { status: 400, message: { 'zh-CN': '不能把部门移到自己或自己的下级部门之下', 'en-US': 'A department cannot be moved under itself or one of its sub-departments' } },
  'org.department.headInvalid': { status: 400, message: { 'zh-CN': '部门负责人必须是本公司的在职用户', 'en-US': 'The department head must be an active user of this company' } },
  'org.department.codeTaken': { status: 409, message: { 'zh-CN': '部门编码“{code}”已被使用', 'en-US': 'The department code "{code}" is already taken' } },
  'org.department.hasChildren': { status: 409, message: { 'zh-CN': '该部门下还有子部门，不能删除', 'en-US': 'The department still has sub-departments and cannot be deleted' } },
  'org.department.hasUsers': { status: 409, message: { 'zh-CN': '该部门下还有 {count} 名用户，不能删除', 'en-US': 'The department still has {count} user(s) and cannot be deleted' } },
  'org.position.notFound': { status: 404, message: { 'zh-CN': '岗位不存在', 'en-US': 'Position not found' } },
  'org.position.nameTaken': { status: 409, message: { 'zh-CN': '岗位名称“{name}”已存在', 'en-US': 'A position named "{name}" already exists' } },
  'org.position.inUse': { status: 409, message: { 'zh-CN': '还有 {count} 名用户担任该岗位，不能删除', 'en-US': '{count} user(s) still hold this position; it cannot be deleted' } },
  'org.role.notFound': { status: 404, message: { 'zh-CN': '角色不存在', 'en-US': 'Role not found' } },
  'org.role.codeTaken': { status: 409, message: { 'zh-CN': '角色编码“{code}”已被使用', 'en-US': 'The role code "{code}" is already taken' } },
  'org.role.unknownPermission': { status: 400, message: { 'zh-CN': '包含未知的权限项', 'en-US': 'Unknown permission keys' } },
  'org.role.grantExceedsOwn': { status: 403, message: { 'zh-CN': '不能授予或收回自己没有的权限', 'en-US': 'You cannot grant or withdraw permissions you do not hold yourself' } },
  'org.role.scopeDepartmentsRequired': { status: 400, message: { 'zh-CN': '自定义数据权限须至少选择一个部门', 'en-US': 'A custom data scope needs at least one department' } },
  'org.role.scopeDepartmentNotFound': { status: 400, message: { 'zh-CN': '数据权限中选择的部门不存在', 'en-US': 'A department chosen for the data scope does not exist' } },
  'org.role.systemRole': { status: 409, message: { 'zh-CN': '系统内置角色只能修改名称和说明，且不能删除', 'en-US': 'A built-in role can only be renamed or re-described, never deleted' } },
});

export type OrgErrorCode = keyof typeof orgErrors;
