import { catalogErrors } from '../catalog.errors.ts';
import { findDefaultWarehouse, findWarehouse, findWarehouses } from '../infra/warehouse.repository.ts';

export interface WarehouseRef { id: string; code: string; name: string }

/** Refuses a warehouse that is not the caller's company's (422) or is disabled (422). */
export async function assertWarehouse(id: string): Promise<WarehouseRef> {
  const row = await findWarehouse(id);
  if (!row) throw catalogErrors['catalog.warehouse.notFound'](undefined, { warehouseId: id });
  if (!row.enabled) throw catalogErrors['catalog.warehouse.disabled'](undefined, { warehouseId: id });
  return { id: row.id, code: row.code, name: row.name };
}

/** The company's default warehouse (enabled), where documents put goods when they name none. */
export async function defaultWarehouse(): Promise<WarehouseRef | null> {
  const row = await findDefaultWarehouse();
  return row ? { id: row.id, code: row.code, name: row.name } : null;
}

/** Warehouse names by id, for lists and reports (unknown ids are left out). */
export async function warehouseNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await findWarehouses({ ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, r.name]));
}
