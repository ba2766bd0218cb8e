import type { WebModule } from '../../app/routing/types.ts';

/** The shared partner master (往来单位). */
export const partnersModule: WebModule = {
  name: 'partners',
  routes: [],
  menu: [],
};
