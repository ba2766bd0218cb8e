export { hashPassword, verifyPassword } from './password.ts';
export { hashToken, randomToken } from './token-hash.ts';
export { revokeUserSessions } from './revoke-sessions.ts';
export { sessions, apiTokens, loginThrottle } from './auth.tables.ts';
