import { and, eq, ilike, inArray, or } from 'drizzle-orm';
import type { CatalogItem, CatalogItemListQuery, Page } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { keysetPage, type ListSpec } from '../../../platform/http/index.ts';
import { itemCategories, items } from '../infra/catalog.tables.ts';
import { ownTenant } from '../infra/catalog-scope.ts';
import { findCategories } from '../infra/category.repository.ts';
import { flattenItemView, selectItemViews, type ItemViewRow } from '../infra/item.repository.ts';
import { descendantsOf } from '../domain/category-tree.ts';
import { presentItems } from './item-view.ts';

const spec: ListSpec = {
  sortable: { code: items.code, name: items.name, createdAt: items.createdAt },
  defaultSort: 'code',
  id: items.id,
};

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The item list: search by code, name, spec or barcode; a category with its sub-categories; cursor pages. */
export async function listItems(principal: Principal, query: CatalogItemListQuery): Promise<Page<CatalogItem>> {
  const plan = keysetPage(spec, query);
  const q = query.keyword ? likePattern(query.keyword) : undefined;
  const categoryIds = query.categoryId ? descendantsOf(await findCategories(), query.categoryId) : undefined;
  const rows = await selectItemViews().where(and(
    ownTenant(items.tenantId),
    q ? or(ilike(items.code, q), ilike(items.name, q), ilike(items.spec, q), eq(items.barcode, query.keyword ?? '')) : undefined,
    categoryIds ? inArray(items.categoryId, categoryIds) : undefined,
    query.itemClass ? eq(itemCategories.itemClass, query.itemClass) : undefined,
    query.enabled === undefined ? undefined : eq(items.enabled, query.enabled),
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'code' | 'name' | 'createdAt';
  const page = plan.page(rows.map(flattenItemView), (r: ItemViewRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentItems(principal, page.items), nextCursor: page.nextCursor };
}
