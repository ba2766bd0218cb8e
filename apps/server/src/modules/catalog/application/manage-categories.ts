import { eq } from 'drizzle-orm';
import type { CreateItemCategoryInput, ItemCategory, UpdateItemCategoryRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { stockOf } from '../../inventory/index.ts';
import { catalogErrors, notFoundOnPage } from '../catalog.errors.ts';
import { items } from '../infra/catalog.tables.ts';
import { findItemViews } from '../infra/item.repository.ts';
import { wouldCycle } from '../domain/category-tree.ts';
import { findCategories, findCategory, insertCategory, updateCategoryRow, type CategoryRow } from '../infra/category.repository.ts';

function present(row: CategoryRow): ItemCategory {
  return { id: row.id, code: row.code, name: row.name, parentId: row.parentId, itemClass: row.itemClass, valuationMethod: row.valuationMethod, enabled: row.enabled };
}

/** The whole category tree as a flat list (parentId links), ordered by code. */
export async function listCategories(): Promise<{ items: ItemCategory[] }> {
  return { items: (await findCategories()).map(present) };
}

export async function createCategory(input: CreateItemCategoryInput): Promise<ItemCategory> {
  if (input.parentId && !(await findCategory(input.parentId))) {
    throw catalogErrors['catalog.category.notFound'](undefined, { categoryId: input.parentId });
  }
  const row = await insertCategory({
    id: newId(), tenantId: actor().tenantId, code: input.code, name: input.name,
    parentId: input.parentId ?? null, itemClass: input.itemClass, valuationMethod: input.valuationMethod,
  });
  await recordAudit({ entity: 'itemCategory', entityId: row.id, action: 'create', after: present(row) });
  return present(row);
}

/** True when an item of the category has stock records (balances exist once stock has moved). */
async function categoryHoldsStock(categoryId: string): Promise<boolean> {
  const ids = (await findItemViews(eq(items.categoryId, categoryId))).map((i) => i.id);
  return ids.length > 0 && (await stockOf(ids)).length > 0;
}

/**
 * Edits a category. Its class and valuation cannot change once its items hold stock: that stock
 * was posted to the class's account (原材料 / 库存商品) and costed by the method (FIFO layers exist
 * only for FIFO categories).
 */
export async function updateCategory(id: string, input: UpdateItemCategoryRequest): Promise<ItemCategory> {
  const before = await findCategory(id);
  if (!before) throw notFoundOnPage('catalog.category.notFound');
  if (input.parentId) {
    const all = await findCategories();
    if (!all.some((c) => c.id === input.parentId)) throw catalogErrors['catalog.category.notFound'](undefined, { categoryId: input.parentId });
    if (wouldCycle(all, id, input.parentId)) throw catalogErrors['catalog.category.cycle']();
  }
  const reclassed = (input.itemClass && input.itemClass !== before.itemClass) || (input.valuationMethod && input.valuationMethod !== before.valuationMethod);
  if (reclassed && (await categoryHoldsStock(id))) throw catalogErrors['catalog.category.stockHeld']();
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const row = Object.keys(changes).length ? await updateCategoryRow(id, changes) : before;
  if (!row) throw notFoundOnPage('catalog.category.notFound');
  await recordAudit({ entity: 'itemCategory', entityId: id, action: 'update', before: present(before), after: present(row) });
  return present(row);
}
