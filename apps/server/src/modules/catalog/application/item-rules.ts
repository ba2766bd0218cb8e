import { AppError } from '../../../platform/http/index.ts';
import { assertPartner } from '../../partners/index.ts';
import { stockOf } from '../../inventory/index.ts';
import { catalogErrors } from '../catalog.errors.ts';
import { findCategory, type CategoryRow } from '../infra/category.repository.ts';
import { findBarcodeOwners } from '../infra/item.repository.ts';
import { findUnits } from '../infra/unit.repository.ts';
import { assertWarehouse } from './warehouse-lookup.ts';

/** An item as it will be stored, checked as a whole before it is written. */
export interface ItemDraft {
  categoryId: string;
  baseUnitId: string;
  purchaseUnitId: string | null;
  saleUnitId: string | null;
  barcode: string | null;
  defaultSupplierId: string | null;
  defaultWarehouseId: string | null;
  units: readonly { unitId: string; factor: string; barcode: string | null }[];
}

/**
 * Validates an item's references: category and units of this company, conversions neither
 * repeated nor the base unit, purchase/sale units among the item's units, barcodes used once
 * across the catalog (a case's barcode included), default supplier a supplier, default warehouse
 * usable. Returns the category (its class decides whether the item can be stocked).
 */
export async function checkItemDraft(draft: ItemDraft, itemId: string | null, before?: Pick<ItemDraft, 'defaultSupplierId' | 'defaultWarehouseId'>): Promise<CategoryRow> {
  const category = await findCategory(draft.categoryId);
  if (!category) throw catalogErrors['catalog.category.notFound'](undefined, { categoryId: draft.categoryId });

  const conversionIds = draft.units.map((u) => u.unitId);
  if (new Set(conversionIds).size !== conversionIds.length || conversionIds.includes(draft.baseUnitId)) {
    throw catalogErrors['catalog.item.unitRepeated']();
  }
  const wantedUnits = [...new Set([draft.baseUnitId, ...conversionIds])];
  const found = new Set((await findUnits(wantedUnits)).map((u) => u.id));
  const missing = wantedUnits.find((id) => !found.has(id));
  if (missing) throw catalogErrors['catalog.unit.notFound'](undefined, { unitId: missing });
  for (const unitId of [draft.purchaseUnitId, draft.saleUnitId]) {
    if (unitId && unitId !== draft.baseUnitId && !conversionIds.includes(unitId)) {
      throw catalogErrors['catalog.item.defaultUnitInvalid'](undefined, { unitId });
    }
  }

  const barcodes = [draft.barcode, ...draft.units.map((u) => u.barcode)].filter((b): b is string => !!b);
  const repeated = barcodes.find((b, i) => barcodes.indexOf(b) !== i);
  if (repeated) throw catalogErrors['catalog.item.barcodeTaken'](undefined, { barcode: repeated });
  const [owner] = await findBarcodeOwners(barcodes, itemId);
  if (owner) throw catalogErrors['catalog.item.barcodeTaken'](undefined, { barcode: owner.barcode, itemId: owner.itemId });

  // An edit that keeps the stored supplier or warehouse is not refused because that one was disabled since.
  if (draft.defaultSupplierId && draft.defaultSupplierId !== before?.defaultSupplierId) {
    try {
      await assertPartner(draft.defaultSupplierId, 'supplier');
    } catch (e) {
      if (e instanceof AppError) throw catalogErrors['catalog.item.supplierInvalid'](undefined, { partnerId: draft.defaultSupplierId });
      throw e;
    }
  }
  if (draft.defaultWarehouseId && draft.defaultWarehouseId !== before?.defaultWarehouseId) await assertWarehouse(draft.defaultWarehouseId);
  return category;
}

/**
 * Stock already held was valued and posted under the category's class (原材料 vs 库存商品) and
 * valuation method (moving average vs FIFO layers): an item with stock records keeps both.
 */
export async function checkCategoryChange(itemId: string, before: CategoryRow | undefined, after: CategoryRow): Promise<void> {
  if (!before || (before.itemClass === after.itemClass && before.valuationMethod === after.valuationMethod)) return;
  const balances = await stockOf([itemId]);
  if (balances.length > 0) throw catalogErrors['catalog.item.categoryLocked'](undefined, { itemId });
}

/**
 * The base unit is what stock is counted in: once an item has stock balances (it has moved),
 * changing it would re-read every past quantity in another unit.
 */
export async function checkBaseUnitChange(itemId: string, before: string, after: string): Promise<void> {
  if (before === after) return;
  const balances = await stockOf([itemId]);
  if (balances.length > 0) throw catalogErrors['catalog.item.baseUnitLocked'](undefined, { itemId });
}
