import { resolveDataScope, type Principal, type RoleScope } from '../access/index.ts';
import { asSystem, database } from '../tx/index.ts';
import { sessionAbsoluteDays, sessionIdleHours, touchIntervalSeconds } from './session.policy.ts';

/*
 * The hot path: every authenticated request resolves its caller with ONE statement — credential,
 * user, permissions and role scopes together. Only users holding a `departmentTree` role need a
 * second one (the recursive walk down the department tree), and at most once a minute per
 * credential an UPDATE records use (sliding expiry / last use). A flat statement is kept on
 * purpose: folding the recursive walk in made planning ~50% dearer for every request.
 *
 * It runs before the tenant is known, so as the owner role outside RLS (asSystem); the tenant is
 * taken from the session or token row only, and every join below is pinned to that tenant.
 */
const credential = {
  session: {
    columns: `c.csrf_token, null::text as token_id, null::text[] as token_scopes,
      c.last_seen_at < now() - make_interval(secs => ${touchIntervalSeconds}) as needs_touch`,
    from: `sessions c`,
    where: `c.id_hash = $1 and c.expires_at > now() and c.created_at > now() - make_interval(days => ${sessionAbsoluteDays})`,
  },
  token: {
    columns: `null::text as csrf_token, c.id::text as token_id, c.scopes as token_scopes,
      (c.last_used_at is null or c.last_used_at < now() - make_interval(secs => ${touchIntervalSeconds})) as needs_touch`,
    from: `api_tokens c`,
    where: `c.token_hash = $1 and c.revoked_at is null and (c.expires_at is null or c.expires_at > now())`,
  },
};

function principalSql(kind: keyof typeof credential): string {
  const c = credential[kind];
  return `select ${c.columns},
    u.id::text as user_id, u.tenant_id::text as tenant_id, u.username, u.display_name,
    u.department_id::text as department_id, u.locale,
    array(select distinct rp.permission from user_roles ur join role_permissions rp on rp.role_id = ur.role_id
      where ur.user_id = u.id and ur.tenant_id = u.tenant_id and rp.tenant_id = u.tenant_id) as permissions,
    array(select r.data_scope from user_roles ur join roles r on r.id = ur.role_id and r.tenant_id = ur.tenant_id
      where ur.user_id = u.id and ur.tenant_id = u.tenant_id) as scopes,
    array(select d::text from user_roles ur join roles r on r.id = ur.role_id and r.tenant_id = ur.tenant_id,
        unnest(r.data_scope_department_ids) d
      where ur.user_id = u.id and ur.tenant_id = u.tenant_id and r.data_scope = 'custom') as custom_department_ids
  from ${c.from} join users u on u.id = c.user_id and u.tenant_id = c.tenant_id
  where ${c.where} and u.status = 'active'`;
}

const principalQueries = { session: principalSql('session'), token: principalSql('token') };

// `union` (not `union all`) also stops the walk should a bad edit ever create a cycle.
const subtreeSql = `with recursive subtree as (
    select $1::uuid as id
    union
    select d.id from departments d join subtree on d.parent_id = subtree.id where d.tenant_id = $2::uuid
  ) select id::text as id from subtree`;

const touchSql = {
  session: `update sessions set last_seen_at = now(),
      expires_at = least(now() + make_interval(hours => ${sessionIdleHours}), created_at + make_interval(days => ${sessionAbsoluteDays}))
    where id_hash = $1`,
  token: `update api_tokens set last_used_at = now() where token_hash = $1`,
};

interface PrincipalRow {
  csrf_token: string | null;
  token_id: string | null;
  token_scopes: string[] | null;
  needs_touch: boolean;
  user_id: string;
  tenant_id: string;
  username: string;
  display_name: string;
  department_id: string | null;
  locale: string;
  permissions: string[];
  scopes: RoleScope['kind'][];
  custom_department_ids: string[];
}

export interface CredentialContext {
  requestId?: string;
  ip?: string;
}

/**
 * The caller behind a session id (cookie) or an API token (Bearer), or null when the credential
 * is unknown, expired, revoked, or its user is disabled — a disabled user stops at once.
 */
export async function loadPrincipal(kind: 'session' | 'token', secretHash: string, ctx: CredentialContext = {}): Promise<Principal | null> {
  return asSystem(async () => {
    const db = database();
    const row = (await db.raw(principalQueries[kind], [secretHash])).rows[0] as PrincipalRow | undefined;
    if (!row) return null;
    if (row.needs_touch) await db.raw(touchSql[kind], [secretHash]);
    let subtree: string[] = [];
    if (row.department_id && row.scopes.includes('departmentTree') && !row.scopes.includes('all')) {
      subtree = (await db.raw(subtreeSql, [row.department_id, row.tenant_id])).rows.map((r) => String(r.id));
    }
    const roles: RoleScope[] = row.scopes.map((scope) => ({
      kind: scope,
      departmentIds: scope === 'custom' ? row.custom_department_ids : [],
    }));
    const principal: Principal = {
      tenantId: row.tenant_id,
      userId: row.user_id,
      userName: row.username,
      displayName: row.display_name,
      departmentId: row.department_id,
      locale: row.locale,
      requestId: ctx.requestId ?? null,
      ip: ctx.ip ?? null,
      permissions: new Set(row.permissions),
      dataScope: resolveDataScope({ userId: row.user_id, departmentId: row.department_id, roles, subtreeDepartmentIds: subtree }),
      authMethod: kind,
    };
    if (kind === 'session') {
      principal.sessionIdHash = secretHash;
      principal.csrfToken = row.csrf_token ?? undefined;
    } else {
      principal.tokenId = row.token_id ?? undefined;
      principal.tokenScopes = row.token_scopes ?? [];
    }
    return principal;
  });
}
