import { z } from 'zod';
import { pageQuery } from '../common/pagination.ts';
import { id, localeSchema, money } from '../common/scalars.ts';

export const userStatus = z.enum(['active', 'disabled']);
export type UserStatus = z.infer<typeof userStatus>;

/** Login names: letters, digits and . _ @ - (an e-mail address works too). */
export const orgUsername = z.string().trim().min(2).max(64).regex(/^[A-Za-z0-9._@-]+$/, 'letters, digits and . _ @ - only');
export const orgDisplayName = z.string().trim().min(1).max(64);
export const orgEmail = z.email().max(200);
export const orgPhone = z.string().trim().min(1).max(32).regex(/^[0-9+\-() ]+$/, 'digits, spaces and + - ( ) only');
/** A salary is never negative. */
export const orgSalary = money.refine((v) => !v.startsWith('-'), 'must not be negative');
export const orgPassword = z.string().min(8).max(200);

export const orgRoleRef = z.object({ id, code: z.string(), name: z.string() });

export const orgUser = z.object({
  id,
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  departmentId: id.nullable(),
  departmentName: z.string().nullable(),
  positionId: id.nullable(),
  positionName: z.string().nullable(),
  superiorId: id.nullable(),
  superiorName: z.string().nullable(),
  status: userStatus,
  locale: localeSchema,
  roles: z.array(orgRoleRef),
  /** Sensitive: null unless the caller holds `org.user.viewSalary` (or when no salary is set). */
  monthlySalary: orgSalary.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OrgUser = z.infer<typeof orgUser>;

/** What other modules show of a person (approvers, owners…): never salary, never secrets. */
export const orgUserSummary = orgUser.pick({
  id: true, username: true, displayName: true, email: true, departmentId: true, departmentName: true,
  positionId: true, positionName: true, superiorId: true, status: true, locale: true,
});
export type OrgUserSummary = z.infer<typeof orgUserSummary>;

export const userSortFields = ['username', 'displayName', 'createdAt'] as const;

export const userListQuery = pageQuery.extend({
  /** Matches login name, display name or phone (substring, case-insensitive). */
  q: z.string().trim().max(100).optional(),
  departmentId: id.optional(),
  /** With `departmentId`: also the users of its sub-departments. */
  includeChildren: z.stringbool().optional(),
  status: userStatus.optional(),
});
/** What the web sends (strings). */
export type UserListQuery = z.input<typeof userListQuery>;
/** What the server reads after validation. */
export type UserListFilters = z.infer<typeof userListQuery>;

export const createUserRequest = z.object({
  username: orgUsername,
  displayName: orgDisplayName,
  /** Omit to have a random password generated and returned once. */
  password: orgPassword.optional(),
  email: orgEmail.nullable().optional(),
  phone: orgPhone.nullable().optional(),
  departmentId: id.nullable().optional(),
  positionId: id.nullable().optional(),
  superiorId: id.nullable().optional(),
  roleIds: z.array(id).max(50).optional(),
  /** Needs `org.user.viewSalary`. */
  monthlySalary: orgSalary.nullable().optional(),
  locale: localeSchema.optional(),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const createUserResponse = z.object({
  user: orgUser,
  /** The generated password, shown this once; null when the request supplied one. */
  generatedPassword: z.string().nullable(),
});
export type CreateUserResponse = z.infer<typeof createUserResponse>;

/** Only the fields present change; `null` clears an optional field. */
export const updateUserRequest = z.object({
  displayName: orgDisplayName.optional(),
  email: orgEmail.nullable().optional(),
  phone: orgPhone.nullable().optional(),
  departmentId: id.nullable().optional(),
  positionId: id.nullable().optional(),
  superiorId: id.nullable().optional(),
  /** Replaces the user's roles. */
  roleIds: z.array(id).max(50).optional(),
  /** Needs `org.user.viewSalary`. */
  monthlySalary: orgSalary.nullable().optional(),
  locale: localeSchema.optional(),
});
export type UpdateUserRequest = z.infer<typeof updateUserRequest>;

export const resetPasswordResponse = z.object({
  /** The new password, shown this once; every session of the user has ended. */
  password: z.string(),
});
export type ResetPasswordResponse = z.infer<typeof resetPasswordResponse>;
