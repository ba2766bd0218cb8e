// Shapes of the catalog API (packages/contracts/src/catalog); kept here until the contracts export them.

export type ItemClass = 'material' | 'goods' | 'finished' | 'service';
export type ValuationMethod = 'movingAverage' | 'fifo';

export interface ItemCategory {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  itemClass: ItemClass;
  valuationMethod: ValuationMethod;
  enabled: boolean;
}

export interface CatalogUnit {
  id: string;
  code: string;
  name: string;
  precision: number;
  enabled: boolean;
}

/** 单位换算: 1 unit = factor base units. */
export interface ItemUnitConversion {
  unitId: string;
  unitName: string;
  factor: string;
  barcode: string | null;
}

export interface CatalogItemSummary {
  id: string;
  code: string;
  name: string;
  spec: string | null;
  categoryId: string;
  categoryName?: string | null;
  itemClass: ItemClass;
  baseUnitId: string;
  baseUnitName: string;
  purchaseUnitId: string | null;
  saleUnitId: string | null;
  barcode: string | null;
  purchasePrice: string | null;
  salePrice: string | null;
  taxRate: string;
  stocked: boolean;
  allowNegative: boolean;
  defaultSupplierId: string | null;
  defaultSupplierName?: string | null;
  defaultWarehouseId: string | null;
  defaultWarehouseName?: string | null;
  enabled: boolean;
}

export interface CatalogItem extends CatalogItemSummary {
  description?: string | null;
  units: ItemUnitConversion[];
}

export interface WarehouseLocation {
  id: string;
  code: string;
  name: string;
  enabled: boolean;
}

export interface CatalogWarehouse {
  id: string;
  code: string;
  name: string;
  address: string | null;
  keeperId: string | null;
  keeperName?: string | null;
  isDefault: boolean;
  enabled: boolean;
  locations: WarehouseLocation[];
}

/** One unit an item can be entered in: its base unit (factor 1) or a conversion. */
export interface ItemUnitOption {
  unitId: string;
  unitName: string;
  factor: string;
  isBase: boolean;
}
