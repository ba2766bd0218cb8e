import { lazy } from 'react';
import { ApartmentOutlined, CalendarOutlined, FileTextOutlined, NodeIndexOutlined, SettingOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

const voucherPage = lazy(() => import('./pages/VoucherPage.tsx'));

/** Ledger: accounts, vouchers, periods, posting rules, settings. */
export const financeLedgerModule: WebModule = {
  name: 'financeLedger',
  routes: [
    { path: '/finance/vouchers', permission: 'finance.voucher.read', component: lazy(() => import('./pages/VouchersPage.tsx')) },
    { path: '/finance/vouchers/new', permission: 'finance.voucher.create', component: voucherPage },
    { path: '/finance/vouchers/:id', permission: 'finance.voucher.read', component: voucherPage },
    { path: '/finance/accounts', permission: 'finance.voucher.read', component: lazy(() => import('./pages/AccountsPage.tsx')) },
    { path: '/finance/periods', permission: 'finance.voucher.read', component: lazy(() => import('./pages/PeriodsPage.tsx')) },
    { path: '/finance/posting-rules', permission: 'finance.account.manage', component: lazy(() => import('./pages/PostingRulesPage.tsx')) },
    { path: '/finance/settings', permission: 'finance.account.manage', component: lazy(() => import('./pages/SettingsPage.tsx')) },
  ],
  menu: [
    { path: '/finance/vouchers', labelKey: 'financeLedger.menu.vouchers', icon: <FileTextOutlined />, permission: 'finance.voucher.read', group: 'finance', quickLink: true },
    { path: '/finance/accounts', labelKey: 'financeLedger.menu.accounts', icon: <ApartmentOutlined />, permission: 'finance.voucher.read', group: 'finance' },
    { path: '/finance/periods', labelKey: 'financeLedger.menu.periods', icon: <CalendarOutlined />, permission: 'finance.voucher.read', group: 'finance' },
    { path: '/finance/posting-rules', labelKey: 'financeLedger.menu.postingRules', icon: <NodeIndexOutlined />, permission: 'finance.account.manage', group: 'finance' },
    { path: '/finance/settings', labelKey: 'financeLedger.menu.settings', icon: <SettingOutlined />, permission: 'finance.account.manage', group: 'finance' },
  ],
  documentRoutes: { voucher: (id) => `/finance/vouchers/${id}` },
};
