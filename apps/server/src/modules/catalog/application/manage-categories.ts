import type { CreateItemCategoryInput, ItemCategory, UpdateItemCategoryRequest } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { catalogErrors, notFoundOnPage } from '../catalog.errors.ts';
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

/**
 * Edits a category. Its class and valuation apply to its items from now on (postings and
 * costing read them at the time of each move).
 */
export async function updateCategory(id: string, input: UpdateItemCategoryRequest): Promise<ItemCategory> {
  const before = await findCategory(id);
  if (!before) throw notFoundOnPage('catalog.category.notFound');
  if (input.parentId) {
    const all = await findCategories();
    if (!all.some((c) => c.id === input.parentId)) throw catalogErrors['catalog.category.notFound'](undefined, { categoryId: input.parentId });
    if (wouldCycle(all, id, input.parentId)) throw catalogErrors['catalog.category.cycle']();
  }
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const row = Object.keys(changes).length ? await updateCategoryRow(id, changes) : before;
  if (!row) throw notFoundOnPage('catalog.category.notFound');
  await recordAudit({ entity: 'itemCategory', entityId: id, action: 'update', before: present(before), after: present(row) });
  return present(row);
}
