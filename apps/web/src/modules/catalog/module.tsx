import { lazy } from 'react';
import { ApartmentOutlined, BarcodeOutlined, ColumnWidthOutlined, HomeOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

const read = ['catalog.read', 'catalog.manage'] as const;

/** Items and warehouses (物料与仓库), under 基础资料 beside the partners. */
export const catalogModule: WebModule = {
  name: 'catalog',
  routes: [
    { path: '/catalog/items', permission: read, component: lazy(() => import('./pages/ItemsPage.tsx')) },
    { path: '/catalog/categories', permission: read, component: lazy(() => import('./pages/CategoriesPage.tsx')) },
    { path: '/catalog/units', permission: read, component: lazy(() => import('./pages/UnitsPage.tsx')) },
    { path: '/catalog/warehouses', permission: read, component: lazy(() => import('./pages/WarehousesPage.tsx')) },
  ],
  menu: [
    { path: '/catalog/items', labelKey: 'catalog.menu.items', icon: <BarcodeOutlined />, permission: read, group: 'masterData' },
    { path: '/catalog/categories', labelKey: 'catalog.menu.categories', icon: <ApartmentOutlined />, permission: read, group: 'masterData' },
    { path: '/catalog/units', labelKey: 'catalog.menu.units', icon: <ColumnWidthOutlined />, permission: read, group: 'masterData' },
    { path: '/catalog/warehouses', labelKey: 'catalog.menu.warehouses', icon: <HomeOutlined />, permission: read, group: 'masterData' },
  ],
};
