import { z } from 'zod';
import { id, page, pageQuery } from '../common/index.ts';
import { spreadsheetImportRequest, spreadsheetImportResult } from '../partners/partner.schemas.ts';

// Items, categories, units and conversions, warehouses and locations (物料、分类、计量单位、仓库).

/** What an item is for the books: material → 原材料, goods/finished → 库存商品, service → never stocked. */
export const itemClass = z.enum(['material', 'goods', 'finished', 'service']);
export type ItemClass = z.infer<typeof itemClass>;
/** 计价方法 of a category: 移动加权平均 or 先进先出. */
export const valuationMethod = z.enum(['movingAverage', 'fifo']);
export type ValuationMethod = z.infer<typeof valuationMethod>;

const masterCode = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only');
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();
/** A non-negative decimal with up to 6 places, written as a string (prices, factors). */
const unsignedDecimal = z.string().trim().regex(/^\d{1,12}(\.\d{1,6})?$/, 'must be a non-negative decimal with at most 6 places, written as a string');
const positiveDecimal = unsignedDecimal.refine((v) => Number(v) > 0, 'must be greater than 0');
/** VAT rate in percent (13, 9, 6, 3, 0). */
const taxRateText = z.string().trim().regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be a percentage below 100 with at most 2 decimals');
const barcodeText = z.string().trim().min(1).max(64).regex(/^[0-9A-Za-z-]+$/, 'digits, letters and - only');

// ─── Categories ───
export const itemCategory = z.object({
  id, code: z.string(), name: z.string(), parentId: id.nullable(), itemClass, valuationMethod, enabled: z.boolean(),
});
export type ItemCategory = z.infer<typeof itemCategory>;
export const itemCategoryList = z.object({ items: z.array(itemCategory) });
export const createItemCategoryRequest = z.object({
  code: masterCode,
  name: z.string().trim().min(1).max(100),
  parentId: id.nullable().optional(),
  itemClass: itemClass.default('goods'),
  valuationMethod: valuationMethod.default('movingAverage'),
});
export type CreateItemCategoryRequest = z.input<typeof createItemCategoryRequest>;
export type CreateItemCategoryInput = z.infer<typeof createItemCategoryRequest>;
export const updateItemCategoryRequest = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  parentId: id.nullable().optional(),
  itemClass: itemClass.optional(),
  valuationMethod: valuationMethod.optional(),
  enabled: z.boolean().optional(),
});
export type UpdateItemCategoryRequest = z.infer<typeof updateItemCategoryRequest>;

// ─── Units ───
export const catalogUnit = z.object({ id, code: z.string(), name: z.string(), precision: z.number().int(), enabled: z.boolean() });
export type CatalogUnit = z.infer<typeof catalogUnit>;
export const catalogUnitList = z.object({ items: z.array(catalogUnit) });
export const createCatalogUnitRequest = z.object({
  code: masterCode,
  name: z.string().trim().min(1).max(20),
  /** Decimals allowed in quantities of this unit (0 for 个, 3 for 千克). */
  precision: z.number().int().min(0).max(4).default(0),
});
export type CreateCatalogUnitRequest = z.input<typeof createCatalogUnitRequest>;
export type CreateCatalogUnitInput = z.infer<typeof createCatalogUnitRequest>;
export const updateCatalogUnitRequest = z.object({
  name: z.string().trim().min(1).max(20).optional(),
  precision: z.number().int().min(0).max(4).optional(),
  enabled: z.boolean().optional(),
});
export type UpdateCatalogUnitRequest = z.infer<typeof updateCatalogUnitRequest>;

// ─── Items ───
/** 单位换算: one `unitId` = `factor` base units (1 箱 = 24 个). */
export const itemUnitConversion = z.object({
  unitId: id, unitName: z.string(), precision: z.number().int(), factor: z.string(), barcode: z.string().nullable(),
});
export type ItemUnitConversion = z.infer<typeof itemUnitConversion>;
export const itemUnitConversionInput = z.object({ unitId: id, factor: positiveDecimal, barcode: barcodeText.nullable().optional() });
export type ItemUnitConversionInput = z.input<typeof itemUnitConversionInput>;

export const catalogItem = z.object({
  id,
  code: z.string(),
  name: z.string(),
  spec: z.string().nullable(),
  categoryId: id,
  categoryName: z.string(),
  itemClass,
  valuationMethod,
  baseUnitId: id,
  baseUnitName: z.string(),
  baseUnitPrecision: z.number().int(),
  purchaseUnitId: id.nullable(),
  saleUnitId: id.nullable(),
  barcode: z.string().nullable(),
  /** 采购价 (per base unit, tax-inclusive); null unless the caller holds `catalog.viewCost`. */
  purchasePrice: z.string().nullable(),
  salePrice: z.string().nullable(),
  taxRate: z.string(),
  stocked: z.boolean(),
  allowNegative: z.boolean(),
  defaultSupplierId: id.nullable(),
  defaultSupplierName: z.string().nullable(),
  defaultWarehouseId: id.nullable(),
  defaultWarehouseName: z.string().nullable(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  /** Conversions of other units into the base unit (the base unit itself is not listed). */
  units: z.array(itemUnitConversion),
});
export type CatalogItem = z.infer<typeof catalogItem>;
export const catalogItemPage = page(catalogItem);

export const catalogItemListQuery = pageQuery.extend({
  /** Code, name, spec or barcode. */
  keyword: z.string().trim().max(100).optional(),
  /** The category and all its sub-categories. */
  categoryId: id.optional(),
  itemClass: itemClass.optional(),
  enabled: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export type CatalogItemListQuery = z.infer<typeof catalogItemListQuery>;

const itemFields = {
  name: z.string().trim().min(1).max(200),
  spec: optionalText(200),
  categoryId: id,
  baseUnitId: id,
  purchaseUnitId: id.nullable().optional(),
  saleUnitId: id.nullable().optional(),
  barcode: barcodeText.nullable().optional(),
  purchasePrice: unsignedDecimal.nullable().optional(),
  salePrice: unsignedDecimal.nullable().optional(),
  taxRate: taxRateText,
  stocked: z.boolean(),
  allowNegative: z.boolean(),
  defaultSupplierId: id.nullable().optional(),
  defaultWarehouseId: id.nullable().optional(),
  description: optionalText(1000),
  units: z.array(itemUnitConversionInput).max(20),
};

export const createCatalogItemRequest = z.object({
  code: masterCode,
  ...itemFields,
  taxRate: taxRateText.default('13'),
  stocked: z.boolean().default(true),
  allowNegative: z.boolean().default(false),
  units: itemFields.units.default([]),
});
export type CreateCatalogItemRequest = z.input<typeof createCatalogItemRequest>;
export type CreateCatalogItemInput = z.infer<typeof createCatalogItemRequest>;

/** Only the fields sent change; `units`, when present, replaces the item's conversions. */
export const updateCatalogItemRequest = z.object({
  name: itemFields.name.optional(),
  spec: itemFields.spec,
  categoryId: id.optional(),
  baseUnitId: id.optional(),
  purchaseUnitId: itemFields.purchaseUnitId,
  saleUnitId: itemFields.saleUnitId,
  barcode: itemFields.barcode,
  purchasePrice: itemFields.purchasePrice,
  salePrice: itemFields.salePrice,
  taxRate: taxRateText.optional(),
  stocked: z.boolean().optional(),
  allowNegative: z.boolean().optional(),
  defaultSupplierId: itemFields.defaultSupplierId,
  defaultWarehouseId: itemFields.defaultWarehouseId,
  description: itemFields.description,
  enabled: z.boolean().optional(),
  units: itemFields.units.optional(),
});
export type UpdateCatalogItemRequest = z.infer<typeof updateCatalogItemRequest>;

export const itemBarcodeQuery = z.object({ barcode: z.string().trim().min(1).max(64) });
/** A scanned barcode: the item, plus the unit the code stands for (a case's barcode → 箱, factor 24). */
export const itemBarcodeMatch = catalogItem.extend({
  matchedUnit: z.object({ unitId: id, unitName: z.string(), factor: z.string() }),
});
export type ItemBarcodeMatch = z.infer<typeof itemBarcodeMatch>;

// ─── Warehouses ───
export const warehouseLocation = z.object({ id, code: z.string(), name: z.string(), enabled: z.boolean() });
export type WarehouseLocation = z.infer<typeof warehouseLocation>;
export const warehouse = z.object({
  id, code: z.string(), name: z.string(), address: z.string().nullable(), keeperId: id.nullable(), keeperName: z.string().nullable(),
  isDefault: z.boolean(), enabled: z.boolean(), locations: z.array(warehouseLocation),
});
export type Warehouse = z.infer<typeof warehouse>;
export const warehouseList = z.object({ items: z.array(warehouse) });
export const warehouseListQuery = z.object({
  enabled: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
export const warehouseLocationInput = z.object({
  /** Present for an existing location (edited in place), absent for a new one. */
  id: id.optional(),
  code: masterCode,
  name: z.string().trim().min(1).max(100),
  enabled: z.boolean().default(true),
});
const warehouseLocationsInput = z.array(warehouseLocationInput).max(500);
export const createWarehouseRequest = z.object({
  code: masterCode,
  name: z.string().trim().min(1).max(100),
  address: optionalText(300),
  keeperId: id.nullable().optional(),
  /** The one default warehouse of the company; setting it clears the flag on the others. */
  isDefault: z.boolean().default(false),
  locations: warehouseLocationsInput.default([]),
});
export type CreateWarehouseRequest = z.input<typeof createWarehouseRequest>;
export type CreateWarehouseInput = z.infer<typeof createWarehouseRequest>;
/** `locations`, when present, is the full list: locations left out are disabled (stock history keeps them). */
export const updateWarehouseRequest = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  address: optionalText(300),
  keeperId: id.nullable().optional(),
  isDefault: z.boolean().optional(),
  enabled: z.boolean().optional(),
  locations: warehouseLocationsInput.optional(),
});
export type UpdateWarehouseRequest = z.input<typeof updateWarehouseRequest>;
export type UpdateWarehouseInput = z.infer<typeof updateWarehouseRequest>;

// ─── Excel import ───
export const itemImportRequest = spreadsheetImportRequest;
export const itemImportResult = spreadsheetImportResult;
