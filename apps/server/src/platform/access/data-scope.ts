import { sql, type SQL, type Column } from 'drizzle-orm';
import type { Principal } from './principal.ts';

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
