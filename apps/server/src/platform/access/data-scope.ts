import { sql, type SQL, type Column } from 'drizzle-orm';
import type { DataScopeKind, Principal, ResolvedDataScope } from './principal.ts';

export interface ScopedColumns {
  /** The row's owner / creator / subject user. */
  userColumn?: Column;
  /** The row's department. */
  departmentColumn?: Column;
}

/**
 * The one place that turns a role's data scope into SQL (yudao's bugs in this area came from
 * each module doing it differently). `undefined` = no restriction.
 */
export function dataScopeCondition(principal: Principal, columns: ScopedColumns): SQL | undefined {
  const scope = principal.dataScope;
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (columns.userColumn) parts.push(sql`${columns.userColumn} = ${scope.userId}`);
  if (columns.departmentColumn && scope.departmentIds.length > 0) {
    parts.push(sql`${columns.departmentColumn} in (${sql.join(scope.departmentIds.map((d) => sql`${d}::uuid`), sql`, `)})`);
  }
  if (parts.length === 0) return sql`false`;
  return sql`(${sql.join(parts, sql` or `)})`;
}

export interface RoleScope {
  kind: DataScopeKind;
  /** The chosen departments of a `custom` role. */
  departmentIds: readonly string[];
}

export interface DataScopeInput {
  userId: string;
  departmentId: string | null;
  roles: readonly RoleScope[];
  /** The user's department and all its descendants; loaded only when a role needs `departmentTree`. */
  subtreeDepartmentIds: readonly string[];
}

/**
 * A user with several roles sees the union of what each role shows (the widest wins): `all`
 * beats everything; `department`, `departmentTree` and `custom` add departments; `self` adds
 * nothing beyond the user's own rows, which are always visible. `custom` means exactly the
 * chosen departments, not their children (as in yudao): a manager granting one team must not
 * silently grant the teams created under it later.
 */
export function resolveDataScope(input: DataScopeInput): ResolvedDataScope {
  if (input.roles.some((r) => r.kind === 'all')) return { all: true, departmentIds: [], userId: input.userId };
  const ids = new Set<string>();
  for (const role of input.roles) {
    if (role.kind === 'department' && input.departmentId) ids.add(input.departmentId);
    if (role.kind === 'departmentTree') for (const id of input.subtreeDepartmentIds) ids.add(id);
    if (role.kind === 'custom') for (const id of role.departmentIds) ids.add(id);
  }
  return { all: false, departmentIds: [...ids].sort(), userId: input.userId };
}
