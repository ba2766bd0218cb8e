import { z } from 'zod';
import { decimalString, id, money } from '../common/scalars.ts';

// Contracts of the finance reports (余额表, 总账, 明细账, 资产负债表, 利润表, 增值税汇总) and budgets (预算).
// Periods are integers YYYYMM; amounts are strings with 2 decimals.

/** 会计期间 YYYYMM (month 01..12). */
export const reportPeriod = z.coerce.number().int().min(190001).max(299912)
  .refine((p) => p % 100 >= 1 && p % 100 <= 12, 'must be a period written YYYYMM');
const booleanQuery = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const reportYear = z.coerce.number().int().min(1900).max(2999);
const localizedLabel = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
/** 余额方向 of a balance: 借, 贷 or 平. */
export const reportBalanceDirection = z.enum(['debit', 'credit', 'flat']);

const reportAccount = z.object({
  id, code: z.string(), name: z.string(), level: z.number().int(), isLeaf: z.boolean(),
  category: z.string(), direction: z.enum(['debit', 'credit']),
});

// --- 科目余额表 ---
export const trialBalanceQuery = z.object({
  from: reportPeriod,
  to: reportPeriod,
  level: z.coerce.number().int().min(1).max(6).optional(),
  includeZero: booleanQuery.optional(),
}).refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
const trialBalanceFigures = {
  openingDebit: money, openingCredit: money, periodDebit: money, periodCredit: money, closingDebit: money, closingCredit: money,
};
export const trialBalanceRow = z.object({
  accountId: id, code: z.string(), name: z.string(), level: z.number().int(), isLeaf: z.boolean(),
  category: z.string(), direction: z.enum(['debit', 'credit']), ...trialBalanceFigures,
});
export const trialBalanceResponse = z.object({
  from: z.number().int(), to: z.number().int(), rows: z.array(trialBalanceRow), totals: z.object(trialBalanceFigures),
});
export type TrialBalanceRow = z.infer<typeof trialBalanceRow>;
export type TrialBalance = z.infer<typeof trialBalanceResponse>;

// --- 总账 ---
export const generalLedgerQuery = z.object({ accountId: id, year: reportYear });
export const generalLedgerRow = z.object({
  period: z.number().int().nullable(), kind: z.enum(['opening', 'month', 'yearToDate']),
  debit: money, credit: money, balanceDirection: reportBalanceDirection, balance: money,
});
export const generalLedgerResponse = z.object({ account: reportAccount, year: z.number().int(), rows: z.array(generalLedgerRow) });
export type GeneralLedger = z.infer<typeof generalLedgerResponse>;

// --- 明细账 ---
export const detailLedgerQuery = z.object({
  accountId: id, from: reportPeriod, to: reportPeriod, partnerId: id.optional(), departmentId: id.optional(),
}).refine((q) => q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
const ledgerBalance = z.object({ direction: reportBalanceDirection, balance: money });
export const detailLedgerRow = z.object({
  voucherId: id, voucherNumber: z.string(), period: z.number().int(), voucherDate: z.string(), summary: z.string(),
  accountCode: z.string(), debit: money, credit: money, direction: reportBalanceDirection, balance: money,
});
export const detailLedgerResponse = z.object({
  account: reportAccount, opening: ledgerBalance, rows: z.array(detailLedgerRow), closing: ledgerBalance,
  /** Debit and credit over the whole range (also when the rows are truncated). */
  totals: z.object({ debit: money, credit: money }),
  truncated: z.boolean(),
});
export type DetailLedger = z.infer<typeof detailLedgerResponse>;

// --- 资产负债表 / 利润表 ---
export const reportStatementRowKind = z.enum(['item', 'subtotal', 'total', 'heading']);
export const reportPeriodQuery = z.object({ period: reportPeriod });
export const balanceSheetRow = z.object({
  key: z.string(), lineNo: z.number().int().nullable(), label: localizedLabel,
  closing: money.nullable(), yearOpening: money.nullable(), kind: reportStatementRowKind, indent: z.number().int(),
});
export const balanceSheetResponse = z.object({
  period: z.number().int(), assets: z.array(balanceSheetRow), liabilitiesAndEquity: z.array(balanceSheetRow), balanced: z.boolean(),
});
export const incomeStatementRow = z.object({
  key: z.string(), lineNo: z.number().int().nullable(), label: localizedLabel,
  currentPeriod: money.nullable(), yearToDate: money.nullable(), kind: reportStatementRowKind, indent: z.number().int(),
});
export const incomeStatementResponse = z.object({ period: z.number().int(), rows: z.array(incomeStatementRow) });
export type BalanceSheet = z.infer<typeof balanceSheetResponse>;
export type IncomeStatement = z.infer<typeof incomeStatementResponse>;

// --- 增值税汇总 ---
export const vatRateRow = z.object({ rate: decimalString.nullable(), base: money.nullable(), tax: money });
export const vatSummaryResponse = z.object({
  period: z.number().int(), output: z.array(vatRateRow), input: z.array(vatRateRow),
  outputTax: money, inputTax: money,
  /** 上期留抵: input VAT carried in from earlier periods (debit balance of 222101 before the period). */
  openingCredit: money,
  payable: money, carriedCredit: money,
});
export type VatSummary = z.infer<typeof vatSummaryResponse>;

// --- 预算 ---
const twelveMonths = z.array(money).length(12);
export const budgetListQuery = z.object({ year: reportYear, departmentId: id.optional() });
export const budgetRow = z.object({
  departmentId: id, departmentName: z.string(), accountId: id, accountCode: z.string(), accountName: z.string(),
  months: twelveMonths, total: money,
});
export const budgetListResponse = z.object({ items: z.array(budgetRow) });
/** A monthly budget: not negative, below 10^13 so a year's total still fits an amount. */
const budgetAmount = z.string().regex(/^\d{1,13}(\.\d{1,2})?$/, 'must be a non-negative amount with at most 2 decimals, written as a string');
export const saveBudgetRequest = z.object({ year: reportYear, departmentId: id, accountId: id, months: z.array(budgetAmount).length(12) });
export const budgetVsActualQuery = z.object({
  year: reportYear, month: z.coerce.number().int().min(1).max(12).optional(), departmentId: id.optional(),
});
export const budgetVsActualRow = z.object({
  departmentId: id, departmentName: z.string(), accountId: id, accountCode: z.string(), accountName: z.string(),
  budget: money, actual: money, variance: money,
  /** actual ÷ budget (4 decimals); null when the budget is zero. */
  usedRatio: decimalString.nullable(),
});
export const budgetVsActualResponse = z.object({ rows: z.array(budgetVsActualRow) });
export const budgetCheckRequest = z.object({ departmentId: id, accountId: id, date: z.iso.date(), amount: money });
export const budgetCheckMode = z.enum(['off', 'warn', 'block', 'approval']);
export const budgetCheckResponse = z.object({
  mode: budgetCheckMode, budget: money.nullable(), actual: money, available: money.nullable(), over: z.boolean(),
});
export type BudgetRow = z.infer<typeof budgetRow>;
export type BudgetVsActualRow = z.infer<typeof budgetVsActualRow>;
export type BudgetCheck = z.infer<typeof budgetCheckResponse>;
