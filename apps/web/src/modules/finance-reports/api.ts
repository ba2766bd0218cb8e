import { api } from '../../app/api/index.ts';

import type {
  BalanceSheet, BudgetRow, BudgetVsActualRow, DetailLedger, GeneralLedger, IncomeStatement, TrialBalance, TrialBalanceRow, VatSummary,
} from '@triad/contracts';

// Shapes of the reports API: packages/contracts/src/finance/reports.schemas.ts.
export type { BalanceSheet, BudgetRow, DetailLedger, GeneralLedger, IncomeStatement, TrialBalance, TrialBalanceRow, VatSummary };
export type BudgetActualRow = BudgetVsActualRow;
export type TrialBalanceAmounts = TrialBalance['totals'];
export type GeneralLedgerRow = GeneralLedger['rows'][number];
export type DetailLedgerRow = DetailLedger['rows'][number];
export type BalanceSheetRow = BalanceSheet['assets'][number];
export type IncomeStatementRow = IncomeStatement['rows'][number];
export type VatLine = VatSummary['output'][number];
export type BalanceDirection = GeneralLedgerRow['balanceDirection'];
export type Direction = TrialBalanceRow['direction'];
export type LocalizedLabel = BalanceSheetRow['label'];

/** What the pickers need of GET /finance/accounts (ledger contracts). */
export interface AccountOption {
  id: string; code: string; name: string; parentId: string | null; level: number;
  category: string; direction: Direction; isLeaf: boolean; enabled: boolean;
}

export interface PartnerOption { id: string; code: string; name: string }

const base = '/api/v1/finance';

export const reportKeys = {
  all: ['financeReports'] as const,
  accounts: ['financeReports', 'accounts'] as const,
  partners: (q: string) => ['financeReports', 'partners', q] as const,
  trialBalance: (from: number, to: number, level: number, includeZero: boolean) => ['financeReports', 'trialBalance', from, to, level, includeZero] as const,
  generalLedger: (accountId: string, year: number) => ['financeReports', 'generalLedger', accountId, year] as const,
  detailLedger: (q: DetailLedgerQuery) => ['financeReports', 'detailLedger', q] as const,
  balanceSheet: (period: number) => ['financeReports', 'balanceSheet', period] as const,
  incomeStatement: (period: number) => ['financeReports', 'incomeStatement', period] as const,
  vat: (period: number) => ['financeReports', 'vat', period] as const,
  budgets: (year: number, departmentId: string | undefined) => ['financeReports', 'budgets', year, departmentId ?? ''] as const,
  budgetActual: (year: number, month: number | undefined, departmentId: string | undefined) => ['financeReports', 'budgetActual', year, month ?? 0, departmentId ?? ''] as const,
};

export interface DetailLedgerQuery { accountId: string; from: number; to: number; partnerId?: string; departmentId?: string }

export const listAccounts = async () => (await api.get<{ items: AccountOption[] }>(`${base}/accounts`)).items;
export const searchPartners = async (q: string) => (await api.get<{ items: PartnerOption[] }>('/api/v1/partners', { q, limit: 20 })).items;

export const getTrialBalance = (from: number, to: number, level: number, includeZero: boolean) =>
  api.get<TrialBalance>(`${base}/reports/trial-balance`, { from, to, level, includeZero });
export const getGeneralLedger = (accountId: string, year: number) => api.get<GeneralLedger>(`${base}/reports/general-ledger`, { accountId, year });
export const getDetailLedger = (q: DetailLedgerQuery) => api.get<DetailLedger>(`${base}/reports/detail-ledger`, { ...q });
export const getBalanceSheet = (period: number) => api.get<BalanceSheet>(`${base}/reports/balance-sheet`, { period });
export const getIncomeStatement = (period: number) => api.get<IncomeStatement>(`${base}/reports/income-statement`, { period });
export const getVatSummary = (period: number) => api.get<VatSummary>(`${base}/reports/vat-summary`, { period });

export const listBudgets = async (year: number, departmentId?: string) =>
  (await api.get<{ items: BudgetRow[] }>(`${base}/budgets`, { year, departmentId })).items;
export const saveBudget = (body: { year: number; departmentId: string; accountId: string; months: string[] }) => api.put<BudgetRow>(`${base}/budgets`, body);
export const getBudgetActual = async (year: number, month?: number, departmentId?: string) =>
  (await api.get<{ rows: BudgetActualRow[] }>(`${base}/reports/budget-vs-actual`, { year, month, departmentId })).rows;
