import './fastify.d.ts';
export { hasPermission } from './principal.ts';
export type { Principal, ResolvedDataScope, DataScopeKind } from './principal.ts';
export { installRouteGuard, principalOf } from './route-guard.ts';
export { asCaller } from './command.ts';
export { dataScopeCondition } from './data-scope.ts';
export type { ScopedColumns } from './data-scope.ts';
