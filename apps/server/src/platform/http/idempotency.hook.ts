import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { commonErrors } from './common-errors.ts';
import { claimKey, completeKey, releaseKey, type HeldKey } from './idempotency.store.ts';

export const idempotencyHeader = 'idempotency-key';
export const replayedHeader = 'idempotency-replayed';

const keyPattern = /^[A-Za-z0-9_\-:.]{1,200}$/;
/** How long a duplicate waits for the first request to finish before answering 409. */
const waitForFirstMs = 10_000;

const holders = new WeakMap<FastifyRequest, HeldKey>();

/** The same key must mean the same request: same method, path, caller and (validated) body. */
export function requestFingerprint(method: string, url: string, userId: string, body: unknown): string {
  return createHash('sha256').update(JSON.stringify([method, url, userId, body ?? null])).digest('hex');
}

function invalidKey() {
  return commonErrors['common.validation'](undefined, [{ path: `headers.${idempotencyHeader}`, message: '1–200 characters of A-Z a-z 0-9 _ - : .' }]);
}

/**
 * `Idempotency-Key` on authenticated POSTs: the first request runs, retries with the same key get
 * its response replayed, concurrent duplicates wait for it, and a 5xx frees the key for a retry.
 * Runs as a preHandler after the route guard, so only authenticated, authorised and validated
 * requests reach it. Install it after `installRouteGuard`.
 */
export function installIdempotency(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || request.is404) return;
    const raw = request.headers[idempotencyHeader];
    const principal = request.principal;
    if (raw === undefined || !principal) return;
    if (typeof raw !== 'string' || !keyPattern.test(raw)) throw invalidKey();
    const actor = { tenantId: principal.tenantId, userId: principal.userId, userName: principal.userName, requestId: request.id };
    const keyRequest = { key: raw, method: request.method, path: request.url, fingerprint: requestFingerprint(request.method, request.url, principal.userId, request.body) };
    const deadline = Date.now() + waitForFirstMs;
    for (let pause = 25; ; pause = Math.min(pause * 2, 250)) {
      const outcome = await claimKey(actor, keyRequest);
      switch (outcome.kind) {
        case 'claimed':
          holders.set(request, { actor, key: raw, claimedAt: outcome.claimedAt });
          return;
        case 'mismatch':
          throw commonErrors['common.idempotencyMismatch']();
        case 'replay':
          reply.header(replayedHeader, 'true').status(outcome.status);
          if (outcome.response.contentType) reply.type(outcome.response.contentType);
          return reply.send(outcome.response.body);
        case 'running':
          if (Date.now() + pause > deadline) throw commonErrors['common.idempotencyInProgress']();
          await sleep(pause);
      }
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = holders.get(request);
    if (!held) return payload;
    holders.delete(request);
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : undefined;
    try {
      // Server errors are not outcomes worth keeping: the retry should run again. Streams are not stored.
      if (reply.statusCode >= 500 || body === undefined) await releaseKey(held);
      else await completeKey(held, reply.statusCode, { contentType: contentTypeOf(reply.getHeader('content-type')), body });
    } catch (err) {
      request.log.error({ err }, 'idempotency: could not record the response');
      await releaseKey(held).catch(() => {});
    }
    return payload;
  });

  // A request that ended without passing onSend must not hold its key for a minute. (An aborted
  // client is not a reason to free it: the handler still runs to completion.)
  app.addHook('onResponse', async (request) => {
    const held = holders.get(request);
    if (!held) return;
    holders.delete(request);
    await releaseKey(held).catch(() => {});
  });
}

function contentTypeOf(header: unknown): string | null {
  if (typeof header === 'string') return header;
  if (Array.isArray(header) && typeof header[0] === 'string') return header[0];
  return null;
}
