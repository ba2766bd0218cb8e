import { eq } from 'drizzle-orm';
import type { CatalogItem, CreateCatalogItemInput, ItemBarcodeMatch, UpdateCatalogItemRequest } from '@triad/contracts';
import type { Principal } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { syncAllowNegative } from '../../inventory/index.ts';
import { catalogErrors, notFoundOnPage } from '../catalog.errors.ts';
import { items } from '../infra/catalog.tables.ts';
import { findItemUnitByBarcode, findItemUnits, findItemView, findItemViews, insertItem, replaceItemUnits, updateItemRow } from '../infra/item.repository.ts';
import { checkBaseUnitChange, checkCategoryChange, checkItemDraft } from './item-rules.ts';
import { findCategory } from '../infra/category.repository.ts';
import { itemAuditSnapshot, presentItems } from './item-view.ts';

function orNull<T>(v: T | null | undefined): T | null {
  return v ?? null;
}

async function presentOne(principal: Principal, id: string): Promise<CatalogItem> {
  const view = await findItemView(id);
  if (!view) throw notFoundOnPage('catalog.item.notFound');
  const [item] = await presentItems(principal, [view]);
  return item as CatalogItem;
}

export async function getItem(principal: Principal, id: string): Promise<CatalogItem> {
  return presentOne(principal, id);
}

export async function createItem(principal: Principal, input: CreateCatalogItemInput): Promise<CatalogItem> {
  return presentOne(principal, await writeNewItem(input));
}

/** Edits an item; `units`, when sent, replaces its conversions; `enabled: false` disables it. */
export async function updateItem(principal: Principal, id: string, input: UpdateCatalogItemRequest): Promise<CatalogItem> {
  await writeItemChanges(id, input);
  return presentOne(principal, id);
}

/** Checks and stores a new item with its conversions; returns its id. */
export async function writeNewItem(input: CreateCatalogItemInput): Promise<string> {
  const conversions = input.units.map((u) => ({ unitId: u.unitId, factor: u.factor, barcode: orNull(u.barcode) }));
  const draft = {
    categoryId: input.categoryId,
    baseUnitId: input.baseUnitId,
    purchaseUnitId: orNull(input.purchaseUnitId),
    saleUnitId: orNull(input.saleUnitId),
    barcode: orNull(input.barcode),
    defaultSupplierId: orNull(input.defaultSupplierId),
    defaultWarehouseId: orNull(input.defaultWarehouseId),
    units: conversions,
  };
  const category = await checkItemDraft(draft, null);
  const tenantId = actor().tenantId;
  const row = await insertItem({
    id: newId(),
    tenantId,
    code: input.code,
    name: input.name,
    spec: orNull(input.spec),
    ...draft,
    purchasePrice: orNull(input.purchasePrice),
    salePrice: orNull(input.salePrice),
    taxRate: input.taxRate,
    // A service is never stocked, whatever the form says.
    stocked: category.itemClass === 'service' ? false : input.stocked,
    allowNegative: input.allowNegative,
    description: orNull(input.description),
  });
  await replaceItemUnits(tenantId, row.id, conversions);
  await recordAudit({ entity: 'catalogItem', entityId: row.id, action: 'create', after: itemAuditSnapshot(row, conversions) });
  return row.id;
}

/** Checks and stores changes of an item (only the fields sent; `units` replaces the conversions). */
export async function writeItemChanges(id: string, input: UpdateCatalogItemRequest): Promise<void> {
  const before = await findItemView(id);
  if (!before) throw notFoundOnPage('catalog.item.notFound');
  const beforeUnits = (await findItemUnits([id])).map((u) => ({ unitId: u.unitId, factor: u.factor, barcode: u.barcode }));
  const conversions = input.units
    ? input.units.map((u) => ({ unitId: u.unitId, factor: u.factor, barcode: orNull(u.barcode) }))
    : beforeUnits;
  const pick = <K extends keyof UpdateCatalogItemRequest & keyof typeof before>(key: K) =>
    (input[key] === undefined ? before[key] : input[key]) as (typeof before)[K];
  const draft = {
    categoryId: pick('categoryId'),
    baseUnitId: pick('baseUnitId'),
    purchaseUnitId: pick('purchaseUnitId'),
    saleUnitId: pick('saleUnitId'),
    barcode: pick('barcode'),
    defaultSupplierId: pick('defaultSupplierId'),
    defaultWarehouseId: pick('defaultWarehouseId'),
    units: conversions,
  };
  const category = await checkItemDraft(draft, id, before);
  await checkBaseUnitChange(id, before.baseUnitId, draft.baseUnitId);
  if (draft.categoryId !== before.categoryId) await checkCategoryChange(id, await findCategory(before.categoryId), category);

  const { units: _units, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  // A service is never stocked, whatever the form says.
  const stocked = category.itemClass === 'service' ? false : pick('stocked');
  const row = await updateItemRow(id, { ...changes, stocked });
  if (!row) throw notFoundOnPage('catalog.item.notFound');
  if (input.units) await replaceItemUnits(row.tenantId, id, conversions);
  // Stock balances carry their own copy of the flag: the database's no-negative CHECK reads it.
  if (row.allowNegative !== before.allowNegative) await syncAllowNegative(id, row.allowNegative);
  await recordAudit({
    entity: 'catalogItem', entityId: id, action: 'update',
    before: itemAuditSnapshot(before, beforeUnits), after: itemAuditSnapshot(row, conversions),
  });
}

/**
 * A scanned barcode: the item's own barcode stands for its base unit; a conversion's barcode
 * (printed on the case) for that unit.
 */
export async function lookupBarcode(principal: Principal, barcode: string): Promise<ItemBarcodeMatch> {
  const [own] = await findItemViews(eq(items.barcode, barcode));
  const viaUnit = own ? undefined : await findItemUnitByBarcode(barcode);
  const view = own ?? (viaUnit ? await findItemView(viaUnit.itemId) : undefined);
  if (!view) throw catalogErrors['catalog.item.barcodeNotFound'](undefined, { barcode });
  const [item] = await presentItems(principal, [view]);
  const found = item as CatalogItem;
  const conversion = viaUnit ? found.units.find((u) => u.unitId === viaUnit.unitId) : undefined;
  const matchedUnit = conversion
    ? { unitId: conversion.unitId, unitName: conversion.unitName, factor: conversion.factor }
    : { unitId: found.baseUnitId, unitName: found.baseUnitName, factor: '1' };
  return { ...found, matchedUnit };
}
