import './fastify.d.ts';
export { hasPermission, effectivePermissions } from './principal.ts';
export type { Principal, ResolvedDataScope, DataScopeKind } from './principal.ts';
export { installRouteGuard, principalOf, isPublicRequest } from './route-guard.ts';
export { asCaller } from './command.ts';
export { dataScopeCondition, resolveDataScope } from './data-scope.ts';
export type { ScopedColumns, RoleScope, DataScopeInput } from './data-scope.ts';
export { maskSensitiveFields } from './sensitive-fields.ts';
export type { SensitiveFieldMap, Masked } from './sensitive-fields.ts';
