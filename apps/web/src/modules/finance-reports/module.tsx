import { lazy } from 'react';
import { BarChartOutlined, BookOutlined, CalculatorOutlined, FileTextOutlined, FundOutlined, PercentageOutlined, ProfileOutlined, TableOutlined } from '@ant-design/icons';
import type { WebModule } from '../../app/routing/types.ts';

const report = 'finance.report.read';
const budgetRead = ['finance.budget.read', 'finance.budget.manage'];

/** Reports: trial balance, ledgers, statements, VAT, budgets. */
export const financeReportsModule: WebModule = {
  name: 'financeReports',
  routes: [
    { path: '/finance/reports/trial-balance', permission: report, component: lazy(() => import('./pages/TrialBalancePage.tsx')) },
    { path: '/finance/reports/general-ledger', permission: report, component: lazy(() => import('./pages/GeneralLedgerPage.tsx')) },
    { path: '/finance/reports/detail-ledger', permission: report, component: lazy(() => import('./pages/DetailLedgerPage.tsx')) },
    { path: '/finance/reports/balance-sheet', permission: report, component: lazy(() => import('./pages/BalanceSheetPage.tsx')) },
    { path: '/finance/reports/income-statement', permission: report, component: lazy(() => import('./pages/IncomeStatementPage.tsx')) },
    { path: '/finance/reports/vat', permission: report, component: lazy(() => import('./pages/VatSummaryPage.tsx')) },
    { path: '/finance/budgets', permission: budgetRead, component: lazy(() => import('./pages/BudgetsPage.tsx')) },
    { path: '/finance/budgets/actual', permission: budgetRead, component: lazy(() => import('./pages/BudgetActualPage.tsx')) },
  ],
  menu: [
    { path: '/finance/reports/trial-balance', labelKey: 'financeReports.menu.trialBalance', icon: <TableOutlined />, permission: report, group: 'financeReports', quickLink: true },
    { path: '/finance/reports/general-ledger', labelKey: 'financeReports.menu.generalLedger', icon: <BookOutlined />, permission: report, group: 'financeReports' },
    { path: '/finance/reports/detail-ledger', labelKey: 'financeReports.menu.detailLedger', icon: <ProfileOutlined />, permission: report, group: 'financeReports' },
    { path: '/finance/reports/balance-sheet', labelKey: 'financeReports.menu.balanceSheet', icon: <FileTextOutlined />, permission: report, group: 'financeReports' },
    { path: '/finance/reports/income-statement', labelKey: 'financeReports.menu.incomeStatement', icon: <BarChartOutlined />, permission: report, group: 'financeReports' },
    { path: '/finance/reports/vat', labelKey: 'financeReports.menu.vat', icon: <PercentageOutlined />, permission: report, group: 'financeReports' },
    { path: '/finance/budgets', labelKey: 'financeReports.menu.budgets', icon: <CalculatorOutlined />, permission: budgetRead, group: 'financeReports' },
    { path: '/finance/budgets/actual', labelKey: 'financeReports.menu.budgetActual', icon: <FundOutlined />, permission: budgetRead, group: 'financeReports' },
  ],
};
