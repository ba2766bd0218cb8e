import { lazy } from 'react';
import { ApiOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

const anyIntegration = ['platform.integration.read', 'platform.webhook.manage'];

export const integrationModule: WebModule = {
  name: 'integration',
  routes: [{ path: '/integration', permission: anyIntegration, component: lazy(() => import('./pages/IntegrationPage.tsx')) }],
  menu: [{ path: '/integration', labelKey: 'integration.menu', icon: <ApiOutlined />, permission: anyIntegration, group: 'monitor' }],
};
