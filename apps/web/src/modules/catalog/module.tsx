import type { WebModule } from '../../app/routing/types.ts';

/** Items and warehouses (物料与仓库). */
export const catalogModule: WebModule = {
  name: 'catalog',
  routes: [],
  menu: [],
};
