import { lazy } from 'react';
import {
  BankOutlined, BarChartOutlined, BookOutlined, FieldTimeOutlined, FileDoneOutlined, FileTextOutlined,
  FundOutlined, ProfileOutlined, SwapOutlined,
} from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

const arapRead = ['finance.arap.read', 'finance.arap.manage'] as const;
const paymentAny = ['finance.payment.request', 'finance.payment.execute', 'finance.arap.read'] as const;

/** Receivables, payables, invoices, payments, receipts, cash accounts, journals, cash flow. */
export const financeCashModule: WebModule = {
  name: 'financeCash',
  routes: [
    { path: '/finance/invoices', permission: arapRead, component: lazy(() => import('./pages/InvoicesPage.tsx')) },
    { path: '/finance/invoices/new', permission: 'finance.arap.manage', component: lazy(() => import('./pages/InvoiceFormPage.tsx')) },
    { path: '/finance/invoices/:id', permission: arapRead, component: lazy(() => import('./pages/InvoicePage.tsx')) },
    { path: '/finance/open-items', permission: arapRead, component: lazy(() => import('./pages/OpenItemsPage.tsx')) },
    { path: '/finance/aging', permission: arapRead, component: lazy(() => import('./pages/AgingPage.tsx')) },
    { path: '/finance/statements', permission: arapRead, component: lazy(() => import('./pages/StatementsPage.tsx')) },
    { path: '/finance/payments', permission: paymentAny, component: lazy(() => import('./pages/PaymentsPage.tsx')) },
    { path: '/finance/payments/new', permission: 'finance.payment.request', component: lazy(() => import('./pages/PaymentFormPage.tsx')) },
    { path: '/finance/payments/:id', permission: paymentAny, component: lazy(() => import('./pages/PaymentPage.tsx')) },
    { path: '/finance/cash-accounts', permission: ['finance.cash.manage', 'finance.payment.execute', 'finance.voucher.read'], component: lazy(() => import('./pages/CashAccountsPage.tsx')) },
    { path: '/finance/journals', permission: 'finance.voucher.read', component: lazy(() => import('./pages/JournalsPage.tsx')) },
    { path: '/finance/cash-flow', permission: 'finance.report.read', component: lazy(() => import('./pages/CashFlowPage.tsx')) },
    { path: '/finance/forecast', permission: 'finance.report.read', component: lazy(() => import('./pages/ForecastPage.tsx')) },
  ],
  menu: [
    { path: '/finance/invoices', labelKey: 'financeCash.menu.invoices', icon: <FileTextOutlined />, permission: arapRead, group: 'financeCash' },
    { path: '/finance/open-items', labelKey: 'financeCash.menu.openItems', icon: <ProfileOutlined />, permission: arapRead, group: 'financeCash' },
    { path: '/finance/aging', labelKey: 'financeCash.menu.aging', icon: <FieldTimeOutlined />, permission: arapRead, group: 'financeCash' },
    { path: '/finance/statements', labelKey: 'financeCash.menu.statements', icon: <FileDoneOutlined />, permission: arapRead, group: 'financeCash' },
    { path: '/finance/payments', labelKey: 'financeCash.menu.payments', icon: <SwapOutlined />, permission: paymentAny, group: 'financeCash', quickLink: true },
    { path: '/finance/cash-accounts', labelKey: 'financeCash.menu.cashAccounts', icon: <BankOutlined />, permission: ['finance.cash.manage', 'finance.payment.execute', 'finance.voucher.read'], group: 'financeCash' },
    { path: '/finance/journals', labelKey: 'financeCash.menu.journals', icon: <BookOutlined />, permission: 'finance.voucher.read', group: 'financeCash' },
    { path: '/finance/cash-flow', labelKey: 'financeCash.menu.cashFlow', icon: <BarChartOutlined />, permission: 'finance.report.read', group: 'financeCash' },
    { path: '/finance/forecast', labelKey: 'financeCash.menu.forecast', icon: <FundOutlined />, permission: 'finance.report.read', group: 'financeCash' },
  ],
  documentRoutes: {
    finInvoice: (id) => `/finance/invoices/${id}`,
    finPayment: (id) => `/finance/payments/${id}`,
  },
};
