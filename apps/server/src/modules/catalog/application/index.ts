// What the catalog offers the rest of the system (re-exported by the module's index.ts).
export { resolveItemLines } from './resolve-item-lines.ts';
export type { ItemLineInput, ResolvedItemLine } from './resolve-item-lines.ts';
export { itemsByIds } from './item-info.ts';
export type { ItemInfo } from './item-info.ts';
export { assertWarehouse, defaultWarehouse, warehouseNames } from './warehouse-lookup.ts';
export type { WarehouseRef } from './warehouse-lookup.ts';
export { unitNames } from './unit-lookup.ts';
export { catalogErrors } from '../catalog.errors.ts';
