import type { Actor } from '../tx/index.ts';

export type DataScopeKind = 'self' | 'department' | 'departmentTree' | 'all' | 'custom';

/**
 * The widest scope the user's roles grant, resolved to concrete department ids once per request
 * so list queries need no recursive lookups.
 */
export interface ResolvedDataScope {
  all: boolean;
  /** Departments whose rows the user may see (own, tree, chosen), empty when only `self`. */
  departmentIds: string[];
  /** Rows owned by the user are always visible. */
  userId: string;
}

/** The authenticated caller of a request. */
export interface Principal extends Actor {
  userId: string;
  userName: string;
  displayName: string;
  departmentId: string | null;
  permissions: ReadonlySet<string>;
  dataScope: ResolvedDataScope;
  authMethod: 'session' | 'token';
  /** Session id hash (cookie sessions) — used by logout. */
  sessionIdHash?: string;
  /** The session's CSRF token (cookie sessions): cookie-authenticated writes must echo it. */
  csrfToken?: string;
  /** Permission keys a token is limited to; `*` = all of the user's permissions. */
  tokenScopes?: readonly string[];
  tokenId?: string;
}

/** A token may use a permission only if both the user holds it and the token's scopes include it. */
export function hasPermission(principal: Principal, permission: string): boolean {
  if (!principal.permissions.has(permission) && !principal.permissions.has('*')) return false;
  if (principal.authMethod === 'token') {
    const scopes = principal.tokenScopes ?? [];
    return scopes.includes('*') || scopes.includes(permission);
  }
  return true;
}

/**
 * The permission keys the caller may use right now, for the web's menu and for bounding the
 * scopes of a new token (a token never grants more than the credential that created it).
 * `*` stays `*` when the caller holds everything.
 */
export function effectivePermissions(principal: Principal): string[] {
  const held = principal.permissions;
  if (principal.authMethod !== 'token') return [...held].sort();
  const scopes = principal.tokenScopes ?? [];
  if (scopes.includes('*')) return [...held].sort();
  if (held.has('*')) return [...new Set(scopes)].sort();
  return scopes.filter((s, i) => held.has(s) && scopes.indexOf(s) === i).sort();
}
