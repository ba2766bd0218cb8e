import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { tx } from '../../../platform/tx/index.ts';
import { warehouseLocations, warehouses } from './catalog.tables.ts';
import { ownTenant } from './catalog-scope.ts';

export type WarehouseRow = typeof warehouses.$inferSelect;
export type NewWarehouseRow = typeof warehouses.$inferInsert;
export type LocationRow = typeof warehouseLocations.$inferSelect;

export async function findWarehouses(filter: { ids?: readonly string[]; enabled?: boolean } = {}): Promise<WarehouseRow[]> {
  if (filter.ids && filter.ids.length === 0) return [];
  return tx().select().from(warehouses).where(and(
    ownTenant(warehouses.tenantId),
    filter.ids ? inArray(warehouses.id, [...filter.ids]) : undefined,
    filter.enabled === undefined ? undefined : eq(warehouses.enabled, filter.enabled),
  )).orderBy(asc(warehouses.code));
}

export async function findWarehouse(id: string): Promise<WarehouseRow | undefined> {
  const [row] = await findWarehouses({ ids: [id] });
  return row;
}

export async function findDefaultWarehouse(): Promise<WarehouseRow | undefined> {
  const [row] = await tx().select().from(warehouses)
    .where(and(ownTenant(warehouses.tenantId), eq(warehouses.isDefault, true), eq(warehouses.enabled, true))).limit(1);
  return row;
}

export async function findLocations(warehouseIds: readonly string[]): Promise<LocationRow[]> {
  if (warehouseIds.length === 0) return [];
  return tx().select().from(warehouseLocations)
    .where(and(ownTenant(warehouseLocations.tenantId), inArray(warehouseLocations.warehouseId, [...warehouseIds])))
    .orderBy(asc(warehouseLocations.code));
}

export async function insertWarehouse(row: NewWarehouseRow): Promise<WarehouseRow> {
  const [created] = await tx().insert(warehouses).values(row).returning();
  if (!created) throw new Error('warehouses: insert returned no row');
  return created;
}

export async function updateWarehouseRow(id: string, changes: Partial<NewWarehouseRow>): Promise<WarehouseRow | undefined> {
  const [row] = await tx().update(warehouses).set({ ...changes, updatedAt: new Date() }).where(and(ownTenant(warehouses.tenantId), eq(warehouses.id, id))).returning();
  return row;
}

/** One default warehouse per company: marking one clears the others. */
export async function clearOtherDefaults(keepId: string): Promise<void> {
  await tx().update(warehouses).set({ isDefault: false, updatedAt: new Date() })
    .where(and(ownTenant(warehouses.tenantId), eq(warehouses.isDefault, true), ne(warehouses.id, keepId)));
}

export async function insertLocations(rows: (typeof warehouseLocations.$inferInsert)[]): Promise<void> {
  if (rows.length) await tx().insert(warehouseLocations).values(rows);
}

export async function updateLocationRow(id: string, changes: { code?: string; name?: string; enabled?: boolean }): Promise<void> {
  await tx().update(warehouseLocations).set(changes).where(and(ownTenant(warehouseLocations.tenantId), eq(warehouseLocations.id, id)));
}
