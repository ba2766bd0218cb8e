import { and, asc, eq } from 'drizzle-orm';
import { tx } from '../../../platform/tx/index.ts';
import { itemCategories } from './catalog.tables.ts';
import { ownTenant } from './catalog-scope.ts';

export type CategoryRow = typeof itemCategories.$inferSelect;
export type NewCategoryRow = typeof itemCategories.$inferInsert;

export async function findCategories(): Promise<CategoryRow[]> {
  return tx().select().from(itemCategories).where(ownTenant(itemCategories.tenantId)).orderBy(asc(itemCategories.code));
}

export async function findCategory(id: string): Promise<CategoryRow | undefined> {
  const [row] = await tx().select().from(itemCategories).where(and(ownTenant(itemCategories.tenantId), eq(itemCategories.id, id)));
  return row;
}

export async function insertCategory(row: NewCategoryRow): Promise<CategoryRow> {
  const [created] = await tx().insert(itemCategories).values(row).returning();
  if (!created) throw new Error('item_categories: insert returned no row');
  return created;
}

export async function updateCategoryRow(id: string, changes: Partial<NewCategoryRow>): Promise<CategoryRow | undefined> {
  const [row] = await tx().update(itemCategories).set({ ...changes, updatedAt: new Date() }).where(and(ownTenant(itemCategories.tenantId), eq(itemCategories.id, id))).returning();
  return row;
}
