import type { WebModule } from '../../app/routing/types.ts';

/** Procurement (采购). */
export const procurementModule: WebModule = {
  name: 'procurement',
  routes: [],
  menu: [],
};
