import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiToken, ApiTokenCreated, ApiTokenCreateRequest } from '@triad/contracts';
import { hasPermission, type Principal } from '../access/index.ts';
import { recordAudit } from '../audit/index.ts';
import { newId } from '../db/index.ts';
import { tx } from '../tx/index.ts';
import { apiTokens } from './auth.tables.ts';
import { authErrors } from './auth.errors.ts';
import { hashToken, randomToken } from './token-hash.ts';

/** Recognisable in secret scanners and logs; the rest is 256 random bits. */
const tokenPrefix = 'triad_';
const shownPrefixLength = tokenPrefix.length + 6;

type TokenRow = typeof apiTokens.$inferSelect;

function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export async function listApiTokens(principal: Principal): Promise<ApiToken[]> {
  const rows = await tx().select().from(apiTokens)
    .where(eq(apiTokens.userId, principal.userId)).orderBy(desc(apiTokens.createdAt));
  return rows.map(toApiToken);
}

/**
 * A token never holds more than its creator may do right now: each scope must be one of the
 * caller's permissions, and `*` (whatever the user will hold) needs a caller not itself limited
 * by a token scope. The secret is returned once; only its hash is stored.
 */
export async function createApiToken(principal: Principal, input: ApiTokenCreateRequest): Promise<ApiTokenCreated> {
  const scopes = [...new Set(input.scopes)].sort();
  const notHeld = scopes.filter((scope) => (scope === '*'
    ? principal.authMethod === 'token' && !(principal.tokenScopes ?? []).includes('*')
    : !hasPermission(principal, scope)));
  if (notHeld.length > 0) throw authErrors['auth.tokenScopeNotHeld']({ scopes: notHeld.join(', ') }, { scopes: notHeld });
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= Date.now()) throw authErrors['auth.tokenExpiryPast']();

  const token = `${tokenPrefix}${randomToken()}`;
  const [row] = await tx().insert(apiTokens).values({
    id: newId(), tenantId: principal.tenantId, userId: principal.userId, name: input.name,
    tokenHash: hashToken(token), prefix: token.slice(0, shownPrefixLength), scopes, expiresAt,
  }).returning();
  if (!row) throw new Error('api token insert returned no row');
  await recordAudit({
    entity: 'apiToken', entityId: row.id, action: 'create',
    after: { name: row.name, prefix: row.prefix, scopes: row.scopes, expiresAt: row.expiresAt },
  });
  return { ...toApiToken(row), token };
}

/** Revoking is for good (the row stays for the audit trail); only the owner may do it. */
export async function revokeApiToken(principal: Principal, tokenId: string): Promise<void> {
  const own = and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, principal.userId));
  const [revoked] = await tx().update(apiTokens).set({ revokedAt: new Date() })
    .where(and(own, isNull(apiTokens.revokedAt))).returning({ id: apiTokens.id, name: apiTokens.name });
  if (revoked) {
    await recordAudit({ entity: 'apiToken', entityId: revoked.id, action: 'revoke', before: { name: revoked.name } });
    return;
  }
  const [existing] = await tx().select({ id: apiTokens.id }).from(apiTokens).where(own);
  if (!existing) throw authErrors['auth.tokenNotFound']();
}
