import type { CatalogItem } from '@triad/contracts';
import { maskSensitiveFields, type Principal } from '../../../platform/access/index.ts';
import { partnerNames } from '../../partners/index.ts';
import { findItemUnits, type ItemViewRow } from '../infra/item.repository.ts';
import { warehouseNames } from './warehouse-lookup.ts';

/** 采购价 is cost information: it leaves the server only for holders of `catalog.viewCost`. */
export const viewCostPermission = 'catalog.viewCost';

/** Items as the API shows them: conversions, supplier and warehouse names, purchase price masked unless granted. */
export async function presentItems(principal: Principal, rows: readonly ItemViewRow[]): Promise<CatalogItem[]> {
  const ids = rows.map((r) => r.id);
  // One client per unit of work: one query at a time.
  const conversions = await findItemUnits(ids);
  const suppliers = await partnerNames(rows.flatMap((r) => (r.defaultSupplierId ? [r.defaultSupplierId] : [])));
  const stores = await warehouseNames(rows.flatMap((r) => (r.defaultWarehouseId ? [r.defaultWarehouseId] : [])));
  return rows.map((r) => maskSensitiveFields(principal, {
    id: r.id,
    code: r.code,
    name: r.name,
    spec: r.spec,
    categoryId: r.categoryId,
    categoryName: r.categoryName,
    itemClass: r.itemClass,
    valuationMethod: r.valuationMethod,
    baseUnitId: r.baseUnitId,
    baseUnitName: r.baseUnitName,
    baseUnitPrecision: r.baseUnitPrecision,
    purchaseUnitId: r.purchaseUnitId,
    saleUnitId: r.saleUnitId,
    barcode: r.barcode,
    purchasePrice: r.purchasePrice,
    salePrice: r.salePrice,
    taxRate: r.taxRate,
    stocked: r.stocked,
    allowNegative: r.allowNegative,
    defaultSupplierId: r.defaultSupplierId,
    defaultSupplierName: r.defaultSupplierId ? suppliers.get(r.defaultSupplierId) ?? null : null,
    defaultWarehouseId: r.defaultWarehouseId,
    defaultWarehouseName: r.defaultWarehouseId ? stores.get(r.defaultWarehouseId) ?? null : null,
    description: r.description,
    enabled: r.enabled,
    units: conversions.filter((c) => c.itemId === r.id).map((c) => ({
      unitId: c.unitId, unitName: c.unitName, precision: c.precision, factor: c.factor, barcode: c.barcode,
    })),
  }, { purchasePrice: viewCostPermission }));
}

/** What the audit log keeps of an item (the purchase price included: the log is for auditors). */
export function itemAuditSnapshot(row: ItemViewRow | Omit<ItemViewRow, 'categoryName' | 'itemClass' | 'valuationMethod' | 'baseUnitName' | 'baseUnitPrecision'>, conversions: readonly { unitId: string; factor: string; barcode: string | null }[]): Record<string, unknown> {
  return {
    code: row.code, name: row.name, spec: row.spec, categoryId: row.categoryId, baseUnitId: row.baseUnitId,
    purchaseUnitId: row.purchaseUnitId, saleUnitId: row.saleUnitId, barcode: row.barcode,
    purchasePrice: row.purchasePrice, salePrice: row.salePrice, taxRate: row.taxRate, stocked: row.stocked,
    allowNegative: row.allowNegative, defaultSupplierId: row.defaultSupplierId, defaultWarehouseId: row.defaultWarehouseId,
    description: row.description, enabled: row.enabled,
    units: conversions.map((c) => ({ unitId: c.unitId, factor: c.factor, barcode: c.barcode })),
  };
}
