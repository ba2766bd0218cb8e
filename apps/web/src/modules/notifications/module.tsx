import { lazy } from 'react';
import { BellOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

export const notificationsModule: WebModule = {
  name: 'notifications',
  routes: [{ path: '/notifications', component: lazy(() => import('./pages/NotificationsPage.tsx')) }],
  menu: [{ path: '/notifications', labelKey: 'notifications.menu', icon: <BellOutlined />, quickLink: true }],
};
