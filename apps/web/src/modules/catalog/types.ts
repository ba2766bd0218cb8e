import type { CatalogItem, Warehouse } from '@triad/contracts';

// Shapes come from packages/contracts/src/catalog/catalog.schemas.ts.
export type {
  CatalogItem, CatalogUnit, ItemBarcodeMatch, ItemCategory, ItemClass, ItemUnitConversion, ValuationMethod, Warehouse, WarehouseLocation,
} from '@triad/contracts';

/** The list rows carry the same shape as the detail. */
export type CatalogItemSummary = CatalogItem;
export type CatalogWarehouse = Warehouse;

/** One unit an item can be entered in: its base unit (factor 1) or a conversion. */
export interface ItemUnitOption {
  unitId: string;
  unitName: string;
  factor: string;
  isBase: boolean;
  /** Decimals allowed in quantities of this unit. */
  precision: number;
}
