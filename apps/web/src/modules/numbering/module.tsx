import { lazy } from 'react';
import { NumberOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

export const numberingModule: WebModule = {
  name: 'numbering',
  routes: [{ path: '/settings/numbering', permission: 'platform.numbering.manage', component: lazy(() => import('./pages/NumberingRulesPage.tsx')) }],
  menu: [{ path: '/settings/numbering', labelKey: 'numbering.menu', icon: <NumberOutlined />, permission: 'platform.numbering.manage', group: 'system' }],
};
