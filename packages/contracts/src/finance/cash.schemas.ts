import { z } from 'zod';
import { id, money, page, pageQuery } from '../common/index.ts';

// Contracts of cash and bank (资金): accounts, payments and receipts, journals, cash flow and the
// 13-week forecast.

/** 现金流量表 categories a cash line is tagged with (cash-flow statement, direct method). */
export const cashFlowCategories = [
  'salesReceipts', 'taxRefunds', 'otherOperatingIn',
  'purchasePayments', 'salaryPayments', 'taxPayments', 'otherOperatingOut',
  'investingIn', 'investingOut', 'financingIn', 'financingOut',
] as const;
export const cashFlowCategory = z.enum(cashFlowCategories);
export type CashFlowCategory = z.infer<typeof cashFlowCategory>;

export const cashFlowCategoryLabels: Record<CashFlowCategory, { 'zh-CN': string; 'en-US': string }> = {
  salesReceipts: { 'zh-CN': '销售商品、提供劳务收到的现金', 'en-US': 'Cash received from sales' },
  taxRefunds: { 'zh-CN': '收到的税费返还', 'en-US': 'Tax refunds received' },
  otherOperatingIn: { 'zh-CN': '收到其他与经营活动有关的现金', 'en-US': 'Other operating receipts' },
  purchasePayments: { 'zh-CN': '购买商品、接受劳务支付的现金', 'en-US': 'Cash paid for purchases' },
  salaryPayments: { 'zh-CN': '支付给职工以及为职工支付的现金', 'en-US': 'Cash paid to employees' },
  taxPayments: { 'zh-CN': '支付的各项税费', 'en-US': 'Taxes paid' },
  otherOperatingOut: { 'zh-CN': '支付其他与经营活动有关的现金', 'en-US': 'Other operating payments' },
  investingIn: { 'zh-CN': '投资活动现金流入', 'en-US': 'Investing inflows' },
  investingOut: { 'zh-CN': '投资活动现金流出', 'en-US': 'Investing outflows' },
  financingIn: { 'zh-CN': '筹资活动现金流入', 'en-US': 'Financing inflows' },
  financingOut: { 'zh-CN': '筹资活动现金流出', 'en-US': 'Financing outflows' },
};

const isoDate = z.iso.date();
const yyyymm = z.coerce.number().int().min(190001).max(299912).refine((p) => p % 100 >= 1 && p % 100 <= 12, 'must be a period YYYYMM');
const positiveMoney = money.refine((v) => Number(v) > 0, 'must be greater than 0');

export const cashAccountKind = z.enum(['cash', 'bank']);
export const cashAccount = z.object({
  id, name: z.string(), kind: cashAccountKind, bankName: z.string().nullable(), accountNo: z.string().nullable(),
  ledgerAccountId: id, ledgerAccountCode: z.string(), balance: money, enabled: z.boolean(),
});
export type CashAccount = z.infer<typeof cashAccount>;
export const cashAccountList = z.object({ items: z.array(cashAccount) });
export const createCashAccountRequest = z.object({
  name: z.string().trim().min(1).max(100),
  kind: cashAccountKind,
  bankName: z.string().trim().max(100).nullable().optional(),
  accountNo: z.string().trim().max(60).nullable().optional(),
});
export type CreateCashAccountRequest = z.infer<typeof createCashAccountRequest>;
export const updateCashAccountRequest = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  bankName: z.string().trim().max(100).nullable().optional(),
  accountNo: z.string().trim().max(60).nullable().optional(),
  enabled: z.boolean().optional(),
});
export type UpdateCashAccountRequest = z.infer<typeof updateCashAccountRequest>;

export const paymentDirection = z.enum(['in', 'out']);
export const paymentStatus = z.enum(['draft', 'pendingApproval', 'approved', 'rejected', 'executed', 'cancelled']);
export const paymentAllocation = z.object({ openItemId: id, amount: positiveMoney });

export const createPaymentBody = z.object({
  direction: paymentDirection,
  partnerId: id.nullable().optional(),
  counterpartyName: z.string().trim().max(200).nullable().optional(),
  cashAccountId: id.nullable().optional(),
  amount: positiveMoney,
  paymentDate: isoDate,
  category: cashFlowCategory,
  summary: z.string().trim().min(1).max(200),
  allocations: z.array(paymentAllocation).max(100).default([]),
  /** Other side when nothing (or not all) is allocated; default 1123 预付账款 / 2203 预收账款. */
  counterAccountId: id.nullable().optional(),
});
export type CreatePaymentBody = z.input<typeof createPaymentBody>;

export const executePaymentRequest = z.object({ cashAccountId: id.optional(), paymentDate: isoDate.optional() });
export type ExecutePaymentRequest = z.infer<typeof executePaymentRequest>;

export const paymentSummary = z.object({
  id, direction: paymentDirection, number: z.string(), partnerId: id.nullable(), partnerName: z.string().nullable(),
  counterpartyName: z.string().nullable(), cashAccountId: id.nullable(), cashAccountName: z.string().nullable(),
  amount: money, paymentDate: isoDate, category: z.string(), status: paymentStatus, summary: z.string(),
  voucherId: id.nullable(), requestedBy: id.nullable(), requestedByName: z.string().nullable(),
});
export type PaymentSummary = z.infer<typeof paymentSummary>;
export const payment = paymentSummary.extend({
  allocations: z.array(z.object({ openItemId: id, amount: money, sourceType: z.string().nullable(), sourceId: z.string().nullable(), sourceNumber: z.string().nullable(), open: money.nullable() })),
  counterAccountId: id.nullable(), sourceType: z.string().nullable(), sourceId: z.string().nullable(), sourceNumber: z.string().nullable(),
  voucherNumber: z.string().nullable(), approval: z.object({ instanceId: id, status: z.string() }).nullable(),
  executedBy: id.nullable(), executedByName: z.string().nullable(), executedAt: z.string().nullable(),
});
export type Payment = z.infer<typeof payment>;
export const paymentPage = page(paymentSummary);
export const paymentListQuery = pageQuery.extend({ direction: paymentDirection.optional(), status: paymentStatus.optional(), partnerId: id.optional() });
export type PaymentListQuery = z.infer<typeof paymentListQuery>;

export const journalQuery = z.object({ cashAccountId: id, from: isoDate, to: isoDate });
export const journal = z.object({
  account: z.object({ id, name: z.string(), ledgerAccountId: id, ledgerAccountCode: z.string() }),
  from: isoDate, to: isoDate, opening: money,
  rows: z.array(z.object({ date: isoDate, voucherId: id, voucherNumber: z.string(), period: z.number().int(), summary: z.string(), income: money, expense: money, balance: money })),
  closing: money, totalIncome: money, totalExpense: money,
});
export type Journal = z.infer<typeof journal>;

export const cashFlowQuery = z.object({ from: yyyymm, to: yyyymm });
export const cashFlowReport = z.object({
  from: z.number().int(), to: z.number().int(),
  rows: z.array(z.object({ category: z.string(), label: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }), inflow: money, outflow: money, net: money })),
  totalIn: money, totalOut: money, net: money,
});
export type CashFlowReport = z.infer<typeof cashFlowReport>;

export const cashForecastQuery = z.object({ weeks: z.coerce.number().int().min(1).max(52).default(13), asOf: isoDate.optional() });
export const cashForecast = z.object({
  asOf: isoDate, openingCash: money,
  weeks: z.array(z.object({ weekStart: isoDate, weekEnd: isoDate, receipts: money, payments: money, net: money, closingCash: money })),
  /** Already due before asOf: counted in week 1 as well. */
  overdueReceivable: money, overduePayable: money,
});
export type CashForecast = z.infer<typeof cashForecast>;
