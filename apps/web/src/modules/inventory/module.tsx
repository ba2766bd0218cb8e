import { lazy } from 'react';
import { AlertOutlined, AuditOutlined, BarChartOutlined, DatabaseOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

const read = ['inventory.read', 'inventory.move', 'inventory.count', 'inventory.settings'] as const;
const counts = ['inventory.read', 'inventory.count'] as const;
const rules = ['inventory.read', 'inventory.settings'] as const;

/** Inventory (库存): stock, the stock ledger, counts, reorder rules and reports. */
export const inventoryModule: WebModule = {
  name: 'inventory',
  routes: [
    { path: '/inventory/stock', permission: read, component: lazy(() => import('./pages/StockPage.tsx')) },
    { path: '/inventory/moves', permission: read, component: lazy(() => import('./pages/MovesPage.tsx')) },
    { path: '/inventory/counts', permission: counts, component: lazy(() => import('./pages/CountsPage.tsx')) },
    { path: '/inventory/counts/:id', permission: counts, component: lazy(() => import('./pages/CountPage.tsx')) },
    { path: '/inventory/counts/:id/print', permission: counts, component: lazy(() => import('./pages/CountPrintPage.tsx')) },
    { path: '/inventory/reorder-rules', permission: rules, component: lazy(() => import('./pages/ReorderRulesPage.tsx')) },
    { path: '/inventory/reports', permission: 'inventory.read', component: lazy(() => import('./pages/ReportsPage.tsx')) },
  ],
  menu: [
    { path: '/inventory/stock', labelKey: 'inventory.menu.stock', icon: <DatabaseOutlined />, permission: read, group: 'inventory', quickLink: true },
    { path: '/inventory/moves', labelKey: 'inventory.menu.moves', icon: <UnorderedListOutlined />, permission: read, group: 'inventory' },
    { path: '/inventory/counts', labelKey: 'inventory.menu.counts', icon: <AuditOutlined />, permission: counts, group: 'inventory' },
    { path: '/inventory/reorder-rules', labelKey: 'inventory.menu.reorderRules', icon: <AlertOutlined />, permission: rules, group: 'inventory' },
    { path: '/inventory/reports', labelKey: 'inventory.menu.reports', icon: <BarChartOutlined />, permission: 'inventory.read', group: 'inventory' },
  ],
  documentRoutes: {
    stockCount: (id) => `/inventory/counts/${id}`,
    // Adjustments and transfers are written from drawers; their view is the ledger filtered to them.
    stockAdjustment: (id) => `/inventory/moves?sourceType=stockAdjustment&sourceId=${id}`,
    stockTransfer: (id) => `/inventory/moves?sourceType=stockTransfer&sourceId=${id}`,
  },
};
