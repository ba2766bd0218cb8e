import type { FastifyInstance, FastifyRequest } from 'fastify';
import { commonErrors } from '../http/common-errors.ts';
import { hasPermission, type Principal } from './principal.ts';

/**
 * Every route must say who may call it: `config.permission`, `config.authenticated` or
 * `config.public`. A route without one fails at start-up (and in lint), never in production.
 */
export function installRouteGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const url = route.url;
    if (route.method === 'HEAD' || url.startsWith('/api/docs')) return;
    if (!url.startsWith('/api/')) return;
    const c = route.config as { permission?: string; authenticated?: boolean; public?: boolean } | undefined;
    if (!c?.permission && !c?.authenticated && !c?.public) {
      throw new Error(`route ${String(route.method)} ${url} is neither guarded by a permission nor marked public`);
    }
  });
  app.addHook('preHandler', async (request) => {
    const c = request.routeOptions.config;
    if (c.public || request.is404) return;
    const principal = request.principal;
    if (!principal) throw commonErrors['common.unauthenticated']();
    if (c.permission && !hasPermission(principal, c.permission)) throw commonErrors['common.forbidden']();
  });
}

/** The principal of a guarded route (always set once the guard passed). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw commonErrors['common.unauthenticated']();
  return request.principal;
}
