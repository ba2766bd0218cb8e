import { lazy } from 'react';
import type { WebModule } from '../../app/routing/types.ts';

/** Reached from the user menu, not the side menu. */
export const profileModule: WebModule = {
  name: 'profile',
  routes: [{ path: '/profile', component: lazy(() => import('./pages/ProfilePage.tsx')) }],
  menu: [],
};
