import { lazy } from 'react';
import { AuditOutlined, BranchesOutlined, FormOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';
import { TodoBadgeLazy } from './components/lazy-badge.tsx';

export const approvalModule: WebModule = {
  name: 'approval',
  routes: [
    { path: '/approval', component: lazy(() => import('./pages/InboxPage.tsx')) },
    { path: '/approval/new', component: lazy(() => import('./pages/StartPage.tsx')) },
    { path: '/approval/new/:requestTypeId', component: lazy(() => import('./pages/SubmitPage.tsx')) },
    { path: '/approval/instances/:id', component: lazy(() => import('./pages/InstancePage.tsx')) },
    { path: '/approval/delegations', component: lazy(() => import('./pages/DelegationsPage.tsx')) },
    { path: '/approval/designer', permission: 'approval.definition.manage', component: lazy(() => import('./pages/DesignerListPage.tsx')) },
    { path: '/approval/designer/:id', permission: 'approval.definition.manage', component: lazy(() => import('./pages/DesignerPage.tsx')) },
  ],
  menu: [
    { path: '/approval', labelKey: 'approval.menu.inbox', icon: <AuditOutlined />, group: 'oa', quickLink: true, badge: TodoBadgeLazy },
    { path: '/approval/new', labelKey: 'approval.menu.start', icon: <FormOutlined />, group: 'oa', quickLink: true },
    { path: '/approval/delegations', labelKey: 'approval.menu.delegations', icon: <UserSwitchOutlined />, group: 'oa' },
    { path: '/approval/designer', labelKey: 'approval.menu.designer', icon: <BranchesOutlined />, permission: 'approval.definition.manage', group: 'oa' },
  ],
  documentRoutes: { APR: (id) => `/approval/instances/${id}` },
};
