import { lazy } from 'react';
import { FileSearchOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

export const auditModule: WebModule = {
  name: 'audit',
  routes: [{ path: '/audit', permission: 'platform.audit.read', component: lazy(() => import('./pages/AuditLogPage.tsx')) }],
  menu: [{ path: '/audit', labelKey: 'audit.menu', icon: <FileSearchOutlined />, permission: 'platform.audit.read', group: 'monitor' }],
};
