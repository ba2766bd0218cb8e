import { and, eq, sql } from 'drizzle-orm';
import { inTenant, tx, type Actor } from '../tx/index.ts';
import { idempotencyKeys } from './idempotency.table.ts';

/** A first request still "running" after this long crashed or lost its process: a retry takes over. */
export const abandonedAfterMs = 60_000;
/** A finished key is replayed for a day (clients retry within minutes); after that it is fresh again. */
export const retainedForMs = 24 * 3600_000;

export interface KeyRequest {
  key: string;
  method: string;
  path: string;
  /** sha256 of method + path + user + body: the same key must mean the same request. */
  fingerprint: string;
}

/** The first response, byte for byte, so a replay is indistinguishable from the original. */
export interface StoredResponse { contentType: string | null; body: string }

export type ClaimOutcome =
  /** `claimedAt` identifies this holder: a slow holder whose key was taken over must not overwrite it. */
  | { kind: 'claimed'; claimedAt: Date }
  | { kind: 'replay'; status: number; response: StoredResponse }
  | { kind: 'mismatch' }
  | { kind: 'running' };

/**
 * One short transaction: take the key if it is free (or its holder is gone), else report what the
 * earlier request with this key left behind. The primary key (tenant, key) makes exactly one of
 * any number of concurrent duplicates win the insert.
 */
export function claimKey(actor: Actor, request: KeyRequest): Promise<ClaimOutcome> {
  return inTenant(actor, async () => {
    const inserted = await tx().insert(idempotencyKeys).values({
      tenantId: actor.tenantId, key: request.key, userId: actor.userId ?? null,
      method: request.method, path: request.path, requestHash: request.fingerprint, state: 'pending',
    }).onConflictDoNothing().returning({ createdAt: idempotencyKeys.createdAt });
    if (inserted[0]) return { kind: 'claimed', claimedAt: inserted[0].createdAt };
    const [row] = await tx().select({
      state: idempotencyKeys.state,
      requestHash: idempotencyKeys.requestHash,
      status: idempotencyKeys.responseStatus,
      body: idempotencyKeys.responseBody,
      createdAt: idempotencyKeys.createdAt,
      ageMs: sql<number>`(extract(epoch from (now() - ${idempotencyKeys.createdAt})) * 1000)::float8`,
    }).from(idempotencyKeys).where(and(eq(idempotencyKeys.tenantId, actor.tenantId), eq(idempotencyKeys.key, request.key)));
    // Released between our insert and select (the first attempt failed): the caller tries again.
    if (!row) return { kind: 'running' };
    const age = Number(row.ageMs);
    const expired = row.state === 'done' ? age > retainedForMs : age > abandonedAfterMs;
    if (expired) {
      const claimedAt = await takeOver(actor, request, row.createdAt);
      return claimedAt ? { kind: 'claimed', claimedAt } : { kind: 'running' };
    }
    if (row.requestHash !== request.fingerprint) return { kind: 'mismatch' };
    if (row.state === 'done' && row.status !== null) return { kind: 'replay', status: row.status, response: row.body as StoredResponse };
    return { kind: 'running' };
  });
}

/** Compare-and-set on created_at: of several retries finding the same dead key, one takes it. */
async function takeOver(actor: Actor, request: KeyRequest, seenCreatedAt: Date): Promise<Date | undefined> {
  const rows = await tx().update(idempotencyKeys).set({
    userId: actor.userId ?? null, method: request.method, path: request.path, requestHash: request.fingerprint,
    state: 'pending', responseStatus: null, responseBody: null, createdAt: sql`now()`, completedAt: null,
  }).where(and(
    eq(idempotencyKeys.tenantId, actor.tenantId), eq(idempotencyKeys.key, request.key), eq(idempotencyKeys.createdAt, seenCreatedAt),
  )).returning({ createdAt: idempotencyKeys.createdAt });
  return rows[0]?.createdAt;
}

/** The key as held by one request. */
export interface HeldKey { actor: Actor; key: string; claimedAt: Date }

function held(k: HeldKey) {
  return and(eq(idempotencyKeys.tenantId, k.actor.tenantId), eq(idempotencyKeys.key, k.key), eq(idempotencyKeys.createdAt, k.claimedAt));
}

export function completeKey(k: HeldKey, status: number, response: StoredResponse): Promise<void> {
  return inTenant(k.actor, async () => {
    await tx().update(idempotencyKeys)
      .set({ state: 'done', responseStatus: status, responseBody: response, completedAt: new Date() })
      .where(held(k));
  });
}

/** A failed first attempt leaves no trace, so the client's retry really runs. */
export function releaseKey(k: HeldKey): Promise<void> {
  return inTenant(k.actor, async () => {
    await tx().delete(idempotencyKeys).where(held(k));
  });
}
