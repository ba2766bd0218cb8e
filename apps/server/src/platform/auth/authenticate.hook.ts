import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csrfHeader } from '@triad/contracts';
import { isPublicRequest, type Principal } from '../access/index.ts';
import { commonErrors } from '../http/index.ts';
import { loadPrincipal } from './principal.query.ts';
import { readSessionCookie } from './session.policy.ts';
import { hashToken } from './token-hash.ts';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const bearerPattern = /^Bearer\s+(\S+)\s*$/i;

/**
 * Resolves `request.principal` from the session cookie or an `Authorization: Bearer` API token.
 * Must be installed right before the route guard: both run in `onRequest`, this one first.
 *
 * An `Authorization` header wins over the cookie, and a bad one is not retried with the cookie:
 * an integration that sends a token means that token. Public routes and unknown paths skip the
 * lookup, so health checks and the login page cost no query.
 */
export function installAuthentication(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (isPublicRequest(request)) return;
    const principal = await authenticate(request);
    if (!principal) return;
    if (principal.authMethod === 'session' && unsafeMethods.has(request.method)) checkCsrf(request, principal);
    request.principal = principal;
  });
}

function authenticate(request: FastifyRequest): Promise<Principal | null> {
  const ctx = { requestId: request.id, ip: request.ip };
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const token = bearerPattern.exec(authorization)?.[1];
    return token ? loadPrincipal('token', hashToken(token), ctx) : Promise.resolve(null);
  }
  const sessionId = readSessionCookie(request.headers.cookie);
  return sessionId ? loadPrincipal('session', hashToken(sessionId), ctx) : Promise.resolve(null);
}

/**
 * Browsers attach the session cookie to requests other sites trigger; they cannot read our CSRF
 * token, so a cookie-authenticated write must echo it in a header. Bearer tokens are never sent
 * by a browser on its own and need no such proof.
 */
function checkCsrf(request: FastifyRequest, principal: Principal): void {
  const sent = request.headers[csrfHeader];
  const expected = principal.csrfToken;
  if (typeof sent !== 'string' || !expected) throw commonErrors['common.csrf']();
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw commonErrors['common.csrf']();
}
