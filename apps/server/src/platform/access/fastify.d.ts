import type { Principal } from './principal.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook for every authenticated request. */
    principal?: Principal;
  }
  interface FastifyContextConfig {
    /** Permission key required to call the route (`module.object.action`). */
    permission?: string;
    /** Any authenticated user may call it (own profile, notifications…). */
    authenticated?: boolean;
    /** Reachable without authentication (login, health). Must be chosen explicitly. */
    public?: boolean;
  }
}
