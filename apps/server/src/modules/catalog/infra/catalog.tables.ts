import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, numeric, pgTable, primaryKey, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from '../../../platform/db/columns.ts';

/**
 * What an item is for the books: posting rules match on it (material → 1403 原材料, goods and
 * finished → 1405 库存商品); services are never stocked.
 */
export const itemClasses = ['material', 'goods', 'finished', 'service'] as const;
/** 计价方法: moving average (移动加权平均) by default, FIFO (先进先出) selectable per category. */
export const valuationMethods = ['movingAverage', 'fifo'] as const;

/** 物料分类: a tree; the class and valuation method of its items. */
export const itemCategories = pgTable('item_categories', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  parentId: uuid('parent_id'),
  itemClass: text('item_class', { enum: itemClasses }).notNull().default('goods'),
  valuationMethod: text('valuation_method', { enum: valuationMethods }).notNull().default('movingAverage'),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [unique('item_categories_code').on(t.tenantId, t.code)]);

/** 计量单位: 个, 箱, 千克 …; `precision` = decimals allowed in quantities of this unit. */
export const units = pgTable('units', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  precision: integer('precision').notNull().default(0),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
}, (t) => [
  unique('units_code').on(t.tenantId, t.code),
  check('units_precision', sql`${t.precision} between 0 and 4`),
]);

/**
 * 物料/商品: one catalog for products, materials and services. Stock is kept in the base unit;
 * other units convert through `item_units`. Prices are per base unit, tax-inclusive (含税) as
 * Chinese price lists quote them.
 */
export const items = pgTable('items', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  /** 规格型号. */
  spec: text('spec'),
  categoryId: uuid('category_id').notNull().references(() => itemCategories.id),
  baseUnitId: uuid('base_unit_id').notNull().references(() => units.id),
  /** Default unit on purchase documents (e.g. 箱 while stock is counted in 个). */
  purchaseUnitId: uuid('purchase_unit_id').references(() => units.id),
  /** Default unit on sales documents. */
  saleUnitId: uuid('sale_unit_id').references(() => units.id),
  barcode: text('barcode'),
  purchasePrice: numeric('purchase_price', { precision: 18, scale: 6 }),
  salePrice: numeric('sale_price', { precision: 18, scale: 6 }),
  /** VAT rate in percent (13, 9, 6, 3, 0). */
  taxRate: numeric('tax_rate', { precision: 5, scale: 2 }).notNull().default('13'),
  /** Services and non-stock items never get stock moves. */
  stocked: boolean('stocked').notNull().default(true),
  /** The one escape from the no-negative-stock rule, set deliberately per item. */
  allowNegative: boolean('allow_negative').notNull().default(false),
  defaultSupplierId: uuid('default_supplier_id'),
  defaultWarehouseId: uuid('default_warehouse_id'),
  description: text('description'),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('items_code').on(t.tenantId, t.code),
  uniqueIndex('items_barcode').on(t.tenantId, t.barcode).where(sql`barcode is not null`),
  index('items_category').on(t.tenantId, t.categoryId),
  index('items_name').on(t.tenantId, t.name),
  check('items_tax_rate', sql`${t.taxRate} >= 0 and ${t.taxRate} < 100`),
  check('items_prices', sql`coalesce(${t.purchasePrice}, 0) >= 0 and coalesce(${t.salePrice}, 0) >= 0`),
]);

/** 单位换算: one `unitId` = `factor` base units of the item (1 箱 = 24 个). */
export const itemUnits = pgTable('item_units', {
  tenantId: tenantId(),
  itemId: uuid('item_id').notNull().references(() => items.id, { onDelete: 'cascade' }),
  unitId: uuid('unit_id').notNull().references(() => units.id),
  factor: numeric('factor', { precision: 18, scale: 6 }).notNull(),
  barcode: text('barcode'),
}, (t) => [
  primaryKey({ name: 'item_units_pk', columns: [t.itemId, t.unitId] }),
  check('item_units_factor', sql`${t.factor} > 0`),
]);

/** 仓库. */
export const warehouses = pgTable('warehouses', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  address: text('address'),
  /** 仓管员 (a user), told about receipts waiting and counts. */
  keeperId: uuid('keeper_id'),
  isDefault: boolean('is_default').notNull().default(false),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [unique('warehouses_code').on(t.tenantId, t.code)]);

/** 库位: shelves or zones inside a warehouse. */
export const warehouseLocations = pgTable('warehouse_locations', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  warehouseId: uuid('warehouse_id').notNull().references(() => warehouses.id, { onDelete: 'cascade' }),
  code: text('code').notNull(),
  name: text('name').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  createdAt: createdAt(),
}, (t) => [unique('warehouse_locations_code').on(t.tenantId, t.warehouseId, t.code)]);
