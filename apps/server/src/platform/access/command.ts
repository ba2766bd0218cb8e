import type { FastifyRequest } from 'fastify';
import { inTenant } from '../tx/index.ts';
import { principalOf } from './route-guard.ts';

/** Runs a route's command in one tenant transaction as the authenticated caller. */
export function asCaller<T>(request: FastifyRequest, fn: () => Promise<T>): Promise<T> {
  const p = principalOf(request);
  return inTenant(
    { tenantId: p.tenantId, userId: p.userId, userName: p.userName, requestId: request.id, ip: request.ip, locale: p.locale },
    fn,
  );
}
