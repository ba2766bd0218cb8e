import type { ItemClass, ValuationMethod } from '@triad/contracts';
import { findItemViewsByIds, type ItemViewRow } from '../infra/item.repository.ts';

/** What other modules need to know of an item to put it on a document or a stock move. */
export interface ItemInfo {
  id: string;
  code: string;
  name: string;
  spec: string | null;
  categoryId: string;
  itemClass: ItemClass;
  valuationMethod: ValuationMethod;
  baseUnitId: string;
  baseUnitName: string;
  purchaseUnitId: string | null;
  saleUnitId: string | null;
  taxRate: string;
  /** Per base unit, tax-inclusive; unmasked — the calling module decides what its caller may see. */
  purchasePrice: string | null;
  salePrice: string | null;
  stocked: boolean;
  allowNegative: boolean;
  defaultSupplierId: string | null;
  defaultWarehouseId: string | null;
  enabled: boolean;
}

export function toItemInfo(row: ItemViewRow): ItemInfo {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    spec: row.spec,
    categoryId: row.categoryId,
    itemClass: row.itemClass,
    valuationMethod: row.valuationMethod,
    baseUnitId: row.baseUnitId,
    baseUnitName: row.baseUnitName,
    purchaseUnitId: row.purchaseUnitId,
    saleUnitId: row.saleUnitId,
    taxRate: row.taxRate,
    purchasePrice: row.purchasePrice,
    salePrice: row.salePrice,
    // Services are never stocked, whatever the row says.
    stocked: row.stocked && row.itemClass !== 'service',
    allowNegative: row.allowNegative,
    defaultSupplierId: row.defaultSupplierId,
    defaultWarehouseId: row.defaultWarehouseId,
    enabled: row.enabled,
  };
}

/** Items of the caller's company by id (unknown or foreign ids are left out), disabled ones included. */
export async function itemsByIds(ids: readonly string[]): Promise<Map<string, ItemInfo>> {
  const rows = await findItemViewsByIds([...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, toItemInfo(r)]));
}
