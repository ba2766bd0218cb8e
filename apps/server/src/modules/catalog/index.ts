import type { FastifyInstance } from 'fastify';

/**
 * The catalog (物料): items, categories, units with conversions, warehouses and locations — one
 * master shared by procurement, inventory, sales and production.
 */
export async function registerCatalogRoutes(app: FastifyInstance): Promise<void> {
  void app;
}

export * from './application/index.ts';
export { itemCategories, items, itemUnits, units, warehouses, warehouseLocations, itemClasses, valuationMethods } from './infra/catalog.tables.ts';
