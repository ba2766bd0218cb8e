import type { FastifyInstance, FastifyRequest } from 'fastify';
import { commonErrors } from '../http/index.ts';
import { hasPermission, type Principal } from './principal.ts';

/**
 * Every route must say who may call it: `config.permission`, `config.authenticated` or
 * `config.public`. A route without one fails at start-up (and in lint), never in production.
 *
 * The check runs in `onRequest`, right after the authentication hook (installed just before this
 * one in app.ts), so a caller without the right to call a route learns nothing more than 401/403:
 * not whether its body would have been valid (400), nor anything the handler would say.
 */
export function installRouteGuard(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const url = route.url;
    // The API documentation (Swagger UI) is as public as /api/openapi.json it renders.
    if (url === '/api/docs' || url.startsWith('/api/docs/')) {
      route.config = { ...route.config, public: true };
      return;
    }
    if (route.method === 'HEAD') return;
    // The web application's files and its single-page shell are public; the API behind them is not.
    if (!url.startsWith('/api/')) {
      route.config = { ...route.config, public: true };
      return;
    }
    const c = route.config as { permission?: string; authenticated?: boolean; public?: boolean } | undefined;
    if (!c?.permission && !c?.authenticated && !c?.public) {
      throw new Error(`route ${String(route.method)} ${url} is neither guarded by a permission nor marked public`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const c = request.routeOptions.config;
    if (isPublicRequest(request)) return;
    const principal = request.principal;
    if (!principal) throw commonErrors['common.unauthenticated']();
    if (c.permission && !hasPermission(principal, c.permission)) throw commonErrors['common.forbidden']();
  });
}

/** Public routes and unknown paths need no caller (the authentication hook skips them too). */
export function isPublicRequest(request: FastifyRequest): boolean {
  return request.is404 || request.routeOptions.config.public === true;
}

/** The principal of a guarded route (always set once the guard passed). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw commonErrors['common.unauthenticated']();
  return request.principal;
}
