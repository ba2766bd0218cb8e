import { z } from 'zod';
import { id, money } from '../common/scalars.ts';
import { page, pageQuery } from '../common/pagination.ts';
import { cashFlowCategory } from './cash.schemas.ts';

// Contracts of the finance ledger API: chart of accounts, periods, vouchers, posting rules,
// settings and projects. Money travels as strings with at most 2 decimals; periods as YYYYMM.

export const finAccountCategories = ['asset', 'liability', 'common', 'equity', 'cost', 'profitLoss'] as const;
export const finDimensionKeys = ['partner', 'department', 'employee', 'project', 'item'] as const;
export const voucherWordKeys = ['ji', 'shou', 'fu', 'zhuan'] as const;
export const voucherStatusKeys = ['draft', 'pendingApproval', 'posted'] as const;

export const dimensionKey = z.enum(finDimensionKeys);
export type DimensionKey = z.infer<typeof dimensionKey>;
export const voucherWord = z.enum(voucherWordKeys);
export const voucherStatus = z.enum(voucherStatusKeys);
/** YYYYMM, months 1–12. */
export const finPeriodNumber = z.coerce.number().int().min(190001).max(299912).refine((p) => p % 100 >= 1 && p % 100 <= 12, 'must be a period YYYYMM');
export const finIsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a date YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'must be a real calendar date');

export const finAccount = z.object({
  id, code: z.string(), name: z.string(), parentId: id.nullable(), level: z.number().int(),
  category: z.enum(finAccountCategories), direction: z.enum(['debit', 'credit']), isLeaf: z.boolean(),
  dimensions: z.array(dimensionKey), isCash: z.boolean(), isSystem: z.boolean(), enabled: z.boolean(),
});
export type FinAccount = z.infer<typeof finAccount>;
export const finAccountList = z.object({ items: z.array(finAccount) });
export const createAccountRequest = z.object({
  parentCode: z.string().regex(/^\d{4,10}$/),
  name: z.string().trim().min(1).max(100),
  dimensions: z.array(dimensionKey).max(5).optional(),
});
export const updateAccountRequest = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  dimensions: z.array(dimensionKey).max(5).optional(),
  enabled: z.boolean().optional(),
});

export const periodParams = z.object({ period: finPeriodNumber });
export const periodRow = z.object({
  period: z.number().int(), status: z.enum(['open', 'closed']), closedAt: z.string().nullable(), closedByName: z.string().nullable(),
  draftCount: z.number().int(), postedCount: z.number().int(),
});
export type PeriodRow = z.infer<typeof periodRow>;
export const periodList = z.object({ items: z.array(periodRow), currentPeriod: z.number().int() });
export const reopenPeriodRequest = z.object({ reason: z.string().trim().min(1).max(500) });
export const carryForwardResponse = z.object({ voucherId: id.nullable(), number: z.string().optional() });

export const voucherSummary = z.object({
  id, period: z.number().int(), word: voucherWord, number: z.string(), voucherDate: z.string(), status: voucherStatus,
  summary: z.string(), totalDebit: money, totalCredit: money, sourceType: z.string().nullable(), sourceId: z.string().nullable(), sourceNumber: z.string().nullable(),
  reversalOfId: id.nullable(), reversedById: id.nullable(), createdByName: z.string().nullable(),
});
export type VoucherSummary = z.infer<typeof voucherSummary>;
export const voucherLineView = z.object({
  lineNo: z.number().int(), summary: z.string(), accountId: id, accountCode: z.string(), accountName: z.string(),
  debit: money, credit: money,
  partnerId: id.nullable(), partnerName: z.string().nullable(), departmentId: id.nullable(), departmentName: z.string().nullable(),
  employeeId: id.nullable(), employeeName: z.string().nullable(), projectId: id.nullable(), projectName: z.string().nullable(),
  itemId: id.nullable(), taxRate: z.string().nullable(), cashFlowCategory: z.string().nullable(),
});
export const voucherDetail = voucherSummary.extend({
  lines: z.array(voucherLineView), attachmentCount: z.number().int(),
  closingKind: z.enum(['profitLoss', 'yearEnd']).nullable(),
  approval: z.object({ instanceId: id, status: z.string() }).nullable(),
  postedByName: z.string().nullable(), postedAt: z.string().nullable(),
});
export type VoucherDetail = z.infer<typeof voucherDetail>;
export const voucherPage = page(voucherSummary);
export const voucherListQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  period: finPeriodNumber.optional(),
  status: voucherStatus.optional(),
  word: voucherWord.optional(),
  q: z.string().trim().max(100).optional(),
});
export const voucherLineInput = z.object({
  summary: z.string().trim().max(200).default(''),
  accountId: id,
  debit: money.default('0'),
  credit: money.default('0'),
  partnerId: id.nullish(), departmentId: id.nullish(), employeeId: id.nullish(), projectId: id.nullish(),
  cashFlowCategory: cashFlowCategory.nullish(),
});
export type VoucherLineInput = z.infer<typeof voucherLineInput>;
export const voucherInput = z.object({
  word: voucherWord,
  voucherDate: finIsoDate,
  summary: z.string().trim().min(1).max(200),
  attachmentCount: z.number().int().min(0).max(999).optional(),
  lines: z.array(voucherLineInput).min(2).max(200),
});
export type VoucherInput = z.infer<typeof voucherInput>;
export const reverseVoucherRequest = z.object({ voucherDate: finIsoDate.optional() });

export const postingRule = z.object({
  id, documentType: z.string(), role: z.string(), itemCategory: z.string().nullable(), partnerId: id.nullable(),
  partnerName: z.string().nullable(), accountId: id, accountCode: z.string(), accountName: z.string(),
});
export const postingRuleList = z.object({ items: z.array(postingRule) });
export const createPostingRuleRequest = z.object({
  documentType: z.string().trim().regex(/^(\*|[a-zA-Z][a-zA-Z0-9_.]{0,63})$/),
  role: z.string().trim().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/),
  itemCategory: z.string().trim().min(1).max(64).nullish(),
  partnerId: id.nullish(),
  accountId: id,
});

export const financeSettings = z.object({
  manualVoucherApproval: z.boolean(),
  budgetControl: z.enum(['off', 'warn', 'block', 'approval']),
});
export const updateFinanceSettingsRequest = financeSettings.partial();

export const finProject = z.object({ id, code: z.string(), name: z.string(), enabled: z.boolean() });
export const finProjectList = z.object({ items: z.array(finProject) });
export const createProjectRequest = z.object({
  code: z.string().trim().min(1).max(32).regex(/^[A-Za-z0-9_.-]+$/),
  name: z.string().trim().min(1).max(100),
});
