import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { itemCategories, items, units, warehouses } from '../../catalog/index.ts';
import { partners } from '../../partners/index.ts';
import { reorderRules, stockBalances } from './inventory.tables.ts';

// Read-only joins of balances with the catalog for the stock overview and the alerts.

export interface StockListFilter {
  itemId?: string;
  warehouseId?: string;
  categoryId?: string;
  keyword?: string;
  lowOnly?: boolean;
  /** Only items that have a reorder rule. */
  withRule?: boolean;
}

const available = sql`(${stockBalances.onHand} - ${stockBalances.reserved})`;

function filters(f: StockListFilter): SQL | undefined {
  const keyword = f.keyword?.trim();
  const pattern = keyword ? `%${keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    eq(stockBalances.tenantId, actor().tenantId),
    f.itemId ? eq(stockBalances.itemId, f.itemId) : undefined,
    f.warehouseId ? eq(stockBalances.warehouseId, f.warehouseId) : undefined,
    f.categoryId ? eq(items.categoryId, f.categoryId) : undefined,
    pattern ? or(ilike(items.code, pattern), ilike(items.name, pattern), ilike(items.barcode, pattern)) : undefined,
    f.lowOnly ? sql`${reorderRules.reorderPoint} is not null and ${available} <= ${reorderRules.reorderPoint}` : undefined,
    f.withRule ? sql`${reorderRules.reorderPoint} is not null` : undefined,
  );
}

export async function selectStockRows(f: StockListFilter, page: { offset: number; limit: number }) {
  return tx().select({
    itemId: stockBalances.itemId, itemCode: items.code, itemName: items.name, spec: items.spec, unitName: units.name,
    categoryId: items.categoryId, categoryName: itemCategories.name, warehouseId: stockBalances.warehouseId, warehouseName: warehouses.name,
    onHand: stockBalances.onHand, reserved: stockBalances.reserved, incoming: stockBalances.incoming,
    value: stockBalances.value, avgCost: stockBalances.avgCost, alertedAt: stockBalances.alertedAt,
    reorderPoint: reorderRules.reorderPoint, safetyStock: reorderRules.safetyStock, reorderQty: reorderRules.reorderQty,
    supplierId: items.defaultSupplierId, supplierName: partners.name,
  }).from(stockBalances)
    .innerJoin(items, eq(items.id, stockBalances.itemId))
    .innerJoin(itemCategories, eq(itemCategories.id, items.categoryId))
    .innerJoin(units, eq(units.id, items.baseUnitId))
    .innerJoin(warehouses, eq(warehouses.id, stockBalances.warehouseId))
    .leftJoin(reorderRules, and(eq(reorderRules.tenantId, stockBalances.tenantId), eq(reorderRules.itemId, stockBalances.itemId), eq(reorderRules.warehouseId, stockBalances.warehouseId)))
    .leftJoin(partners, eq(partners.id, items.defaultSupplierId))
    .where(filters(f))
    .orderBy(asc(items.code), asc(warehouses.code))
    .offset(page.offset).limit(page.limit);
}

export type StockListRow = Awaited<ReturnType<typeof selectStockRows>>[number];

/** Reorder rules with names and the current available stock (0 when nothing was ever moved). */
export async function selectRuleRows(f: { itemId?: string; warehouseId?: string }) {
  return tx().select({
    itemId: reorderRules.itemId, itemCode: items.code, itemName: items.name, unitName: units.name,
    warehouseId: reorderRules.warehouseId, warehouseName: warehouses.name,
    safetyStock: reorderRules.safetyStock, reorderPoint: reorderRules.reorderPoint, reorderQty: reorderRules.reorderQty,
    available: sql<string>`coalesce(${stockBalances.onHand} - ${stockBalances.reserved}, 0)::numeric(18,4)::text`,
  }).from(reorderRules)
    .innerJoin(items, eq(items.id, reorderRules.itemId))
    .innerJoin(units, eq(units.id, items.baseUnitId))
    .innerJoin(warehouses, eq(warehouses.id, reorderRules.warehouseId))
    .leftJoin(stockBalances, and(eq(stockBalances.tenantId, reorderRules.tenantId), eq(stockBalances.itemId, reorderRules.itemId), eq(stockBalances.warehouseId, reorderRules.warehouseId)))
    .where(and(eq(reorderRules.tenantId, actor().tenantId),
      f.itemId ? eq(reorderRules.itemId, f.itemId) : undefined,
      f.warehouseId ? eq(reorderRules.warehouseId, f.warehouseId) : undefined))
    .orderBy(asc(items.code), asc(warehouses.code));
}

/** Rules whose item × warehouse is at or below the reorder point (no balance yet = nothing held). */
export async function selectAlertRows(f: { warehouseId?: string }) {
  const onHand = sql`coalesce(${stockBalances.onHand}, 0)`;
  const reserved = sql`coalesce(${stockBalances.reserved}, 0)`;
  return tx().select({
    itemId: reorderRules.itemId, itemCode: items.code, itemName: items.name, spec: items.spec, unitName: units.name,
    warehouseId: reorderRules.warehouseId, warehouseName: warehouses.name,
    onHand: sql<string>`${onHand}::numeric(18,4)::text`, reserved: sql<string>`${reserved}::numeric(18,4)::text`,
    incoming: sql<string>`coalesce(${stockBalances.incoming}, 0)::numeric(18,4)::text`,
    reorderPoint: reorderRules.reorderPoint, safetyStock: reorderRules.safetyStock, reorderQty: reorderRules.reorderQty,
    supplierId: items.defaultSupplierId, supplierName: partners.name, alertedAt: stockBalances.alertedAt,
  }).from(reorderRules)
    .innerJoin(items, eq(items.id, reorderRules.itemId))
    .innerJoin(units, eq(units.id, items.baseUnitId))
    .innerJoin(warehouses, eq(warehouses.id, reorderRules.warehouseId))
    .leftJoin(stockBalances, and(eq(stockBalances.tenantId, reorderRules.tenantId), eq(stockBalances.itemId, reorderRules.itemId), eq(stockBalances.warehouseId, reorderRules.warehouseId)))
    .leftJoin(partners, eq(partners.id, items.defaultSupplierId))
    .where(and(eq(reorderRules.tenantId, actor().tenantId), eq(items.enabled, true),
      f.warehouseId ? eq(reorderRules.warehouseId, f.warehouseId) : undefined,
      sql`${onHand} - ${reserved} <= ${reorderRules.reorderPoint}`))
    .orderBy(asc(items.code), asc(warehouses.code));
}
