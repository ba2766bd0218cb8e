import type { CreateWarehouseInput, UpdateWarehouseInput, Warehouse } from '@triad/contracts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { newId } from '../../../platform/db/index.ts';
import { actor } from '../../../platform/tx/index.ts';
import { usersByIds } from '../../org/index.ts';
import { catalogErrors, notFoundOnPage } from '../catalog.errors.ts';
import {
  clearOtherDefaults, findLocations, findWarehouse, findWarehouses, insertLocations, insertWarehouse,
  updateLocationRow, updateWarehouseRow, type LocationRow, type WarehouseRow,
} from '../infra/warehouse.repository.ts';

async function present(rows: readonly WarehouseRow[]): Promise<Warehouse[]> {
  // One client per unit of work: one query at a time.
  const locations = await findLocations(rows.map((r) => r.id));
  const keepers = await usersByIds(rows.flatMap((r) => (r.keeperId ? [r.keeperId] : [])));
  const keeperName = new Map(keepers.map((k) => [k.id, k.displayName]));
  return rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, address: r.address, keeperId: r.keeperId,
    keeperName: r.keeperId ? keeperName.get(r.keeperId) ?? null : null,
    isDefault: r.isDefault, enabled: r.enabled,
    locations: locations.filter((l) => l.warehouseId === r.id).map((l) => ({ id: l.id, code: l.code, name: l.name, enabled: l.enabled })),
  }));
}

async function presentOne(id: string): Promise<Warehouse> {
  const row = await findWarehouse(id);
  if (!row) throw notFoundOnPage('catalog.warehouse.notFound');
  const [view] = await present([row]);
  return view as Warehouse;
}

export async function listWarehouses(filter: { enabled?: boolean }): Promise<{ items: Warehouse[] }> {
  return { items: await present(await findWarehouses(filter)) };
}

function checkLocationCodes(locations: readonly { code: string }[]): void {
  const codes = locations.map((l) => l.code);
  const repeated = codes.find((c, i) => codes.indexOf(c) !== i);
  if (repeated) throw catalogErrors['catalog.warehouse.locationCodeRepeated'](undefined, { code: repeated });
}

async function checkKeeper(keeperId: string | null | undefined): Promise<void> {
  if (keeperId && (await usersByIds([keeperId])).length === 0) throw catalogErrors['catalog.warehouse.keeperNotFound'](undefined, { keeperId });
}

export async function createWarehouse(input: CreateWarehouseInput): Promise<Warehouse> {
  checkLocationCodes(input.locations);
  await checkKeeper(input.keeperId);
  const tenantId = actor().tenantId;
  // The company's first warehouse is its default one.
  const isDefault = input.isDefault || (await findWarehouses()).length === 0;
  const row = await insertWarehouse({
    id: newId(), tenantId, code: input.code, name: input.name, address: input.address ?? null,
    keeperId: input.keeperId ?? null, isDefault,
  });
  if (isDefault) await clearOtherDefaults(row.id);
  await insertLocations(input.locations.map((l) => ({ id: newId(), tenantId, warehouseId: row.id, code: l.code, name: l.name, enabled: l.enabled })));
  const view = await presentOne(row.id);
  await recordAudit({ entity: 'warehouse', entityId: row.id, action: 'create', after: view });
  return view;
}

/**
 * Edits a warehouse. `locations`, when sent, is the full list: rows with an id are edited, rows
 * without are added, and locations left out are disabled rather than deleted (stock moves and
 * balances may point at them).
 */
export async function updateWarehouse(id: string, input: UpdateWarehouseInput): Promise<Warehouse> {
  const before = await findWarehouse(id);
  if (!before) throw notFoundOnPage('catalog.warehouse.notFound');
  const beforeView = await presentOne(id);
  await checkKeeper(input.keeperId);
  const { locations, ...fields } = input;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length) await updateWarehouseRow(id, changes);
  if (input.isDefault) await clearOtherDefaults(id);
  if (locations) await replaceLocations(before.tenantId, id, locations, await findLocations([id]));
  const view = await presentOne(id);
  await recordAudit({ entity: 'warehouse', entityId: id, action: 'update', before: beforeView, after: view });
  return view;
}

async function replaceLocations(tenantId: string, warehouseId: string, wanted: NonNullable<UpdateWarehouseInput['locations']>, current: readonly LocationRow[]): Promise<void> {
  checkLocationCodes(wanted);
  const currentById = new Map(current.map((l) => [l.id, l]));
  for (const l of wanted) {
    if (l.id && !currentById.has(l.id)) throw catalogErrors['catalog.warehouse.locationNotFound'](undefined, { locationId: l.id });
  }
  const keptIds = new Set(wanted.flatMap((l) => (l.id ? [l.id] : [])));
  // Codes stay unique per warehouse, retired locations included: a new row cannot take the code of
  // a left-out one (send that location's id to bring it back instead).
  const newCodes = new Set(wanted.filter((l) => !l.id).map((l) => l.code));
  for (const old of current) {
    if (keptIds.has(old.id)) continue;
    if (newCodes.has(old.code)) {
      throw catalogErrors['catalog.warehouse.locationCodeRepeated'](undefined, { code: old.code });
    }
    if (old.enabled) await updateLocationRow(old.id, { enabled: false });
  }
  for (const l of wanted) {
    if (l.id) await updateLocationRow(l.id, { code: l.code, name: l.name, enabled: l.enabled });
  }
  await insertLocations(wanted.filter((l) => !l.id).map((l) => ({ id: newId(), tenantId, warehouseId, code: l.code, name: l.name, enabled: l.enabled })));
}
