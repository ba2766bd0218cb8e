import { and, asc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { tx } from '../../../platform/tx/index.ts';
import { itemCategories, items, itemUnits, units } from './catalog.tables.ts';
import { ownTenant } from './catalog-scope.ts';

export type ItemRow = typeof items.$inferSelect;
export type NewItemRow = typeof items.$inferInsert;

/** An item with what every reader needs next to it: its category's class and valuation, its base unit. */
type CategoryRow = typeof itemCategories.$inferSelect;

export interface ItemViewRow extends ItemRow {
  categoryName: string;
  itemClass: CategoryRow['itemClass'];
  valuationMethod: CategoryRow['valuationMethod'];
  baseUnitName: string;
  baseUnitPrecision: number;
}

export interface ItemUnitViewRow { itemId: string; unitId: string; unitName: string; precision: number; factor: string; barcode: string | null }

export function selectItemViews() {
  return tx().select({
    item: items,
    categoryName: itemCategories.name,
    itemClass: itemCategories.itemClass,
    valuationMethod: itemCategories.valuationMethod,
    baseUnitName: units.name,
    baseUnitPrecision: units.precision,
  }).from(items)
    .innerJoin(itemCategories, eq(itemCategories.id, items.categoryId))
    .innerJoin(units, eq(units.id, items.baseUnitId));
}

type ViewSelection = Awaited<ReturnType<typeof selectItemViews>>[number];

export function flattenItemView(r: ViewSelection): ItemViewRow {
  return { ...r.item, categoryName: r.categoryName, itemClass: r.itemClass, valuationMethod: r.valuationMethod, baseUnitName: r.baseUnitName, baseUnitPrecision: r.baseUnitPrecision };
}

export async function findItemViews(where: SQL | undefined): Promise<ItemViewRow[]> {
  const rows = await selectItemViews().where(and(ownTenant(items.tenantId), where));
  return rows.map(flattenItemView);
}

export async function findItemView(id: string): Promise<ItemViewRow | undefined> {
  const [row] = await findItemViews(eq(items.id, id));
  return row;
}

export async function findItemViewsByIds(ids: readonly string[]): Promise<ItemViewRow[]> {
  if (ids.length === 0) return [];
  return findItemViews(inArray(items.id, [...ids]));
}

/** Conversions of the given items, with the unit's name and precision. */
export async function findItemUnits(itemIds: readonly string[]): Promise<ItemUnitViewRow[]> {
  if (itemIds.length === 0) return [];
  return tx().select({
    itemId: itemUnits.itemId, unitId: itemUnits.unitId, unitName: units.name, precision: units.precision,
    factor: itemUnits.factor, barcode: itemUnits.barcode,
  }).from(itemUnits)
    .innerJoin(units, eq(units.id, itemUnits.unitId))
    .where(and(ownTenant(itemUnits.tenantId), inArray(itemUnits.itemId, [...itemIds])))
    .orderBy(asc(itemUnits.factor));
}

export async function findItemUnitByBarcode(barcode: string): Promise<{ itemId: string; unitId: string } | undefined> {
  const [row] = await tx().select({ itemId: itemUnits.itemId, unitId: itemUnits.unitId }).from(itemUnits)
    .where(and(ownTenant(itemUnits.tenantId), eq(itemUnits.barcode, barcode))).limit(1);
  return row;
}

export async function findItemRowByCode(code: string): Promise<ItemRow | undefined> {
  const [row] = await tx().select().from(items).where(and(ownTenant(items.tenantId), eq(items.code, code)));
  return row;
}

export async function insertItem(row: NewItemRow): Promise<ItemRow> {
  const [created] = await tx().insert(items).values(row).returning();
  if (!created) throw new Error('items: insert returned no row');
  return created;
}

export async function updateItemRow(id: string, changes: Partial<NewItemRow>): Promise<ItemRow | undefined> {
  const [row] = await tx().update(items).set({ ...changes, updatedAt: new Date() }).where(and(ownTenant(items.tenantId), eq(items.id, id))).returning();
  return row;
}

/** Replaces an item's conversions with the given list. */
export async function replaceItemUnits(tenantId: string, itemId: string, list: readonly { unitId: string; factor: string; barcode: string | null }[]): Promise<void> {
  await tx().delete(itemUnits).where(and(ownTenant(itemUnits.tenantId), eq(itemUnits.itemId, itemId)));
  if (list.length) await tx().insert(itemUnits).values(list.map((u) => ({ tenantId, itemId, unitId: u.unitId, factor: u.factor, barcode: u.barcode })));
}

/** Items other than `exceptItemId` whose own or whose units' barcodes are among `barcodes`. */
export async function findBarcodeOwners(barcodes: readonly string[], exceptItemId: string | null): Promise<{ itemId: string; barcode: string }[]> {
  if (barcodes.length === 0) return [];
  const list = [...barcodes];
  // One client per unit of work: one query at a time.
  const onItems = await tx().select({ itemId: items.id, barcode: items.barcode }).from(items)
    .where(and(ownTenant(items.tenantId), inArray(items.barcode, list), exceptItemId ? ne(items.id, exceptItemId) : undefined));
  const onUnits = await tx().select({ itemId: itemUnits.itemId, barcode: itemUnits.barcode }).from(itemUnits)
    .where(and(ownTenant(itemUnits.tenantId), inArray(itemUnits.barcode, list), exceptItemId ? ne(itemUnits.itemId, exceptItemId) : undefined));
  return [...onItems, ...onUnits].flatMap((r) => (r.barcode ? [{ itemId: r.itemId, barcode: r.barcode }] : []));
}
