import { and, eq, ilike, inArray, or } from 'drizzle-orm';
import type { OrgUser, Page, UserListFilters } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { keysetPage, type ListSpec } from '../../../platform/http/index.ts';
import { subtreeIds } from '../domain/department-tree.ts';
import { departmentNodes } from '../infra/department.repository.ts';
import { users } from '../infra/org.tables.ts';
import { inOwnTenant, selectUserViews, type UserViewRow } from '../infra/user.repository.ts';
import { presentUsers, userScope } from './user-view.ts';

const spec: ListSpec = {
  sortable: { username: users.username, displayName: users.displayName, createdAt: users.createdAt },
  defaultSort: 'username',
  id: users.id,
};

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

async function departmentFilter(departmentId: string, includeChildren: boolean) {
  if (!includeChildren) return eq(users.departmentId, departmentId);
  return inArray(users.departmentId, subtreeIds(await departmentNodes(), departmentId));
}

/** The user list: filters, allow-listed sort, cursor pages, always within the caller's data scope. */
export async function listUsers(principal: Principal, query: UserListFilters): Promise<Page<OrgUser>> {
  const plan = keysetPage(spec, query);
  const q = query.q ? likePattern(query.q) : undefined;
  const rows = await selectUserViews().where(and(
    inOwnTenant(),
    userScope(principal),
    q ? or(ilike(users.username, q), ilike(users.displayName, q), ilike(users.phone, q)) : undefined,
    query.departmentId ? await departmentFilter(query.departmentId, query.includeChildren ?? false) : undefined,
    query.status ? eq(users.status, query.status) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'username' | 'displayName' | 'createdAt';
  const page = plan.page(rows, (r: UserViewRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentUsers(principal, page.items), nextCursor: page.nextCursor };
}
