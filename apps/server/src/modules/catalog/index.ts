import type { FastifyInstance } from 'fastify';
import { registerItemRoutes } from './http/items.routes.ts';
import { registerItemImportRoutes } from './http/item-import.routes.ts';
import { registerMasterRoutes } from './http/masters.routes.ts';
import { registerWarehouseRoutes } from './http/warehouses.routes.ts';

/**
 * The catalog (物料): items, categories, units with conversions, warehouses and locations — one
 * master shared by procurement, inventory, sales and production.
 */
export async function registerCatalogRoutes(app: FastifyInstance): Promise<void> {
  registerMasterRoutes(app);
  registerItemImportRoutes(app);
  registerItemRoutes(app);
  registerWarehouseRoutes(app);
}

export * from './application/index.ts';
export { itemCategories, items, itemUnits, units, warehouses, warehouseLocations, itemClasses, valuationMethods } from './infra/catalog.tables.ts';
