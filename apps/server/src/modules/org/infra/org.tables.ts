import { pgTable, text, uuid, integer, numeric, boolean, timestamp, primaryKey, unique, index } from 'drizzle-orm/pg-core';
import { tenantId, createdAt, updatedAt } from '../../../platform/db/columns.ts';

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  parentId: uuid('parent_id'),
  code: text('code'),
  name: text('name').notNull(),
  headUserId: uuid('head_user_id'),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [index('departments_tenant_parent').on(t.tenantId, t.parentId)]);

export const positions = pgTable('positions', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code'),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [unique('positions_tenant_name').on(t.tenantId, t.name)]);

export const users = pgTable('users', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  username: text('username').notNull(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  email: text('email'),
  phone: text('phone'),
  departmentId: uuid('department_id'),
  positionId: uuid('position_id'),
  /** Reporting line used by approvals (逐级). */
  superiorId: uuid('superior_id'),
  status: text('status', { enum: ['active', 'disabled'] }).notNull().default('active'),
  locale: text('locale').notNull().default('zh-CN'),
  /** Sensitive: shown only with `org.user.viewSalary`. */
  monthlySalary: numeric('monthly_salary', { precision: 18, scale: 2 }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, precision: 3 }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('users_tenant_username').on(t.tenantId, t.username),
  index('users_tenant_department').on(t.tenantId, t.departmentId),
  index('users_username').on(t.username),
]);

export const roles = pgTable('roles', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  /** self | department | departmentTree | all | custom */
  dataScope: text('data_scope', { enum: ['self', 'department', 'departmentTree', 'all', 'custom'] }).notNull().default('self'),
  dataScopeDepartmentIds: uuid('data_scope_department_ids').array().notNull().default([]),
  isSystem: boolean('is_system').notNull().default(false),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [unique('roles_tenant_code').on(t.tenantId, t.code)]);

export const rolePermissions = pgTable('role_permissions', {
  tenantId: tenantId(),
  roleId: uuid('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
  permission: text('permission').notNull(),
}, (t) => [primaryKey({ columns: [t.roleId, t.permission] })]);

export const userRoles = pgTable('user_roles', {
  tenantId: tenantId(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  roleId: uuid('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
}, (t) => [primaryKey({ columns: [t.userId, t.roleId] }), index('user_roles_role').on(t.roleId)]);
