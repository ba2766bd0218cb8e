import { lazy } from 'react';
import { ApartmentOutlined, IdcardOutlined, SafetyOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

export const orgModule: WebModule = {
  name: 'org',
  routes: [
    { path: '/org/users', permission: 'org.user.read', component: lazy(() => import('./pages/UsersPage.tsx')) },
    { path: '/org/departments', permission: 'org.department.read', component: lazy(() => import('./pages/DepartmentsPage.tsx')) },
    { path: '/org/positions', permission: 'org.position.read', component: lazy(() => import('./pages/PositionsPage.tsx')) },
    { path: '/org/roles', permission: 'org.role.read', component: lazy(() => import('./pages/RolesPage.tsx')) },
    { path: '/org/data-scopes', permission: 'org.role.read', component: lazy(() => import('./pages/DataScopesPage.tsx')) },
  ],
  menu: [
    { path: '/org/users', labelKey: 'org.menu.users', icon: <UserOutlined />, permission: 'org.user.read', group: 'system', quickLink: true },
    { path: '/org/departments', labelKey: 'org.menu.departments', icon: <ApartmentOutlined />, permission: 'org.department.read', group: 'system', quickLink: true },
    { path: '/org/positions', labelKey: 'org.menu.positions', icon: <IdcardOutlined />, permission: 'org.position.read', group: 'system' },
    { path: '/org/roles', labelKey: 'org.menu.roles', icon: <TeamOutlined />, permission: 'org.role.read', group: 'system', quickLink: true },
    { path: '/org/data-scopes', labelKey: 'org.menu.dataScopes', icon: <SafetyOutlined />, permission: 'org.role.read', group: 'system' },
  ],
};
