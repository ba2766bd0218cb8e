import { z } from 'zod';
import { id } from '../common/scalars.ts';

/** 数据权限: whose rows a role's holders see. The widest scope of a user's roles wins. */
export const dataScope = z.enum(['self', 'department', 'departmentTree', 'all', 'custom']);
export type DataScope = z.infer<typeof dataScope>;

export const roleCode = z.string().trim().min(2).max(32).regex(/^[a-z][a-z0-9_.-]*$/, 'lower-case letters, digits and _ . - only, starting with a letter');
/** A permission key (`module.object.action`) or `*` (everything). */
export const permissionKey = z.string().min(1).max(100).regex(/^(\*|[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)+)$/, 'a permission key like module.object.action, or *');

export const orgRole = z.object({
  id,
  code: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  dataScope,
  /** The chosen departments when `dataScope` is `custom`. */
  dataScopeDepartmentIds: z.array(id),
  /** Built-in (系统管理员): its code, permissions and scope cannot change, it cannot be deleted. */
  isSystem: z.boolean(),
  permissions: z.array(z.string()),
  /** Users holding the role. */
  userCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgRole = z.infer<typeof orgRole>;

export const roleList = z.object({ items: z.array(orgRole) });
export type RoleList = z.infer<typeof roleList>;

const roleFields = {
  name: z.string().trim().min(1).max(64),
  description: z.string().trim().max(500).nullable().optional(),
  dataScope: dataScope.optional(),
  dataScopeDepartmentIds: z.array(id).max(500).optional(),
  permissions: z.array(permissionKey).max(1000).optional(),
};

export const createRoleRequest = z.object({ code: roleCode, ...roleFields });
export type CreateRoleRequest = z.infer<typeof createRoleRequest>;

export const updateRoleRequest = z.object({ code: roleCode.optional(), ...roleFields, name: roleFields.name.optional() });
export type UpdateRoleRequest = z.infer<typeof updateRoleRequest>;

const localized = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });

export const permissionDefinition = z.object({
  key: z.string(),
  group: z.string(),
  label: localized,
  sensitive: z.boolean().optional(),
});

/** The permission matrix for the role editor: every known key, grouped. */
export const permissionMatrix = z.object({
  groups: z.array(z.object({
    group: z.string(),
    /** Heading of the group; null when its module declared none (show the key). */
    label: localized.nullable(),
    permissions: z.array(permissionDefinition),
  })),
});
export type PermissionMatrix = z.infer<typeof permissionMatrix>;
