import type { WebModule } from '../../app/routing/types.ts';

/** Inventory (库存). */
export const inventoryModule: WebModule = {
  name: 'inventory',
  routes: [],
  menu: [],
};
