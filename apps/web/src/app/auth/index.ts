export { AuthProvider, useAuth, useMe } from './AuthProvider.tsx';
export { hasPermission, meetsRequirement } from './permissions.ts';
export type { PermissionRequirement } from './permissions.ts';
export { meQueryKey } from './auth.api.ts';
