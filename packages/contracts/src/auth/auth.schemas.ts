import { z } from 'zod';
import { localeSchema } from '../common/scalars.ts';

export const loginRequest = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  /** Company code; needed only when the same login name exists in several companies. */
  tenantCode: z.string().trim().min(1).max(64).optional(),
});
export type LoginRequest = z.infer<typeof loginRequest>;

export const meResponse = z.object({
  user: z.object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    departmentId: z.uuid().nullable(),
    departmentName: z.string().nullable(),
    positionName: z.string().nullable(),
    locale: localeSchema,
  }),
  tenant: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  /** Permission keys the caller holds (the web filters its menu by them). */
  permissions: z.array(z.string()),
  /** Echo it in `X-CSRF-Token` on every cookie-authenticated write. */
  csrfToken: z.string(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const changePasswordRequest = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(8).max(200),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

export const updateProfileRequest = z.object({
  displayName: z.string().trim().min(1).max(64).optional(),
  email: z.email().max(200).nullable().optional(),
  phone: z.string().trim().max(32).nullable().optional(),
  locale: localeSchema.optional(),
});
export type UpdateProfileRequest = z.infer<typeof updateProfileRequest>;

/** `module.object.action`, or `*` for everything the user may do. */
export const permissionScope = z.string().max(100).regex(/^(\*|[a-z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)+)$/, 'must be a permission key or *');

export const apiTokenCreateRequest = z.object({
  name: z.string().trim().min(1).max(64),
  /** Permission keys the token may use; `*` = everything the user may do. */
  scopes: z.array(permissionScope).min(1).max(200),
  expiresAt: z.iso.datetime({ offset: true }).nullable().optional(),
});
export type ApiTokenCreateRequest = z.infer<typeof apiTokenCreateRequest>;
export const apiToken = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;
/** The secret is shown once, at creation. */
export const apiTokenCreated = apiToken.extend({ token: z.string() });
export type ApiTokenCreated = z.infer<typeof apiTokenCreated>;
export const apiTokenList = z.object({ items: z.array(apiToken) });

/** Header carrying the CSRF token on cookie-authenticated writes. */
export const csrfHeader = 'x-csrf-token';
export const sessionCookie = 'triad_session';
