import { lazy } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

/** The shared partner master (往来单位). */
export const partnersModule: WebModule = {
  name: 'partners',
  routes: [
    { path: '/partners', permission: ['partner.read', 'partner.manage'], component: lazy(() => import('./pages/PartnersPage.tsx')) },
  ],
  menu: [
    { path: '/partners', labelKey: 'partners.menu.partners', icon: <TeamOutlined />, permission: ['partner.read', 'partner.manage'], group: 'masterData' },
  ],
};
