export { hashPassword, verifyPassword } from './password.ts';
export { hashToken, randomToken } from './token-hash.ts';
export { revokeUserSessions } from './revoke-sessions.ts';
export { sessions, apiTokens, loginThrottle } from './auth.tables.ts';
export { installAuthentication } from './authenticate.hook.ts';
export { registerAuthRoutes } from './auth.routes.ts';
export type { AuthRouteOptions } from './auth.routes.ts';
export { loadPrincipal } from './principal.query.ts';
export { authErrors } from './auth.errors.ts';
