import type { z } from 'zod';
import type {
  DimensionKey, FinAccount, Page, Partner, PeriodRow, VoucherDetail, VoucherInput, VoucherSummary,
  createAccountRequest, financeSettings, postingRule, finProject, updateAccountRequest, createPostingRuleRequest,
} from '@triad/contracts';
import { api } from '../../app/api/index.ts';
import { pathFetcher, type ListFetcher } from '../../shared/list/index.ts';

// Shapes come from packages/contracts/src/finance/ledger.schemas.ts; the rest of the module
// imports them from here, so a renamed contract export is fixed in one place.
export type Account = FinAccount;
export type { DimensionKey, PeriodRow, VoucherDetail, VoucherInput, VoucherSummary };
export type PostingRule = z.infer<typeof postingRule>;
export type FinanceSettings = z.infer<typeof financeSettings>;
export type Project = z.infer<typeof finProject>;
export type CreateAccountBody = z.input<typeof createAccountRequest>;
export type UpdateAccountBody = z.input<typeof updateAccountRequest>;
export type CreatePostingRuleBody = z.input<typeof createPostingRuleRequest>;
export type VoucherWord = VoucherSummary['word'];
export type VoucherStatus = VoucherSummary['status'];
export type AccountCategory = Account['category'];
// Option lists in display order (typed against the contracts, so a drift fails the build).
export const accountCategories: AccountCategory[] = ['asset', 'liability', 'common', 'equity', 'cost', 'profitLoss'];
export const dimensionKeys: DimensionKey[] = ['partner', 'department', 'employee', 'project', 'item'];
export const voucherWords: VoucherWord[] = ['ji', 'shou', 'fu', 'zhuan'];
export const voucherStatuses: VoucherStatus[] = ['draft', 'pendingApproval', 'posted'];

/** The partner master is another module; the voucher grid needs only the picker fields. */
export type PartnerOption = Pick<Partner, 'id' | 'code' | 'name'>;

const base = '/api/v1/finance';

export const ledgerKeys = {
  all: ['financeLedger'] as const,
  accounts: ['financeLedger', 'accounts'] as const,
  periods: ['financeLedger', 'periods'] as const,
  voucher: (id: string) => ['financeLedger', 'vouchers', id] as const,
  postingRules: ['financeLedger', 'postingRules'] as const,
  settings: ['financeLedger', 'settings'] as const,
  projects: ['financeLedger', 'projects'] as const,
  partners: (q: string) => ['financeLedger', 'partners', q] as const,
};
export const voucherListId = 'financeLedger.vouchers';

// Accounts
export const listAccounts = async () => (await api.get<{ items: Account[] }>(`${base}/accounts`)).items;
export const createAccount = (body: CreateAccountBody) => api.post<Account>(`${base}/accounts`, body);
export const updateAccount = (id: string, body: UpdateAccountBody) => api.patch<Account>(`${base}/accounts/${id}`, body);

// Periods
export const listPeriods = () => api.get<{ items: PeriodRow[]; currentPeriod: number }>(`${base}/periods`);
export const closePeriod = (period: number) => api.post<PeriodRow>(`${base}/periods/${period}/close`);
export const reopenPeriod = (period: number, reason: string) => api.post<PeriodRow>(`${base}/periods/${period}/reopen`, { reason });
export const carryForward = (period: number) => api.post<{ voucherId: string | null; number?: string }>(`${base}/periods/${period}/carry-forward`);
export const yearEnd = (period: number) => api.post<unknown>(`${base}/periods/${period}/year-end`);

// Vouchers
export const voucherFetcher: ListFetcher<VoucherSummary> = pathFetcher<VoucherSummary>(`${base}/vouchers`);
export const getVoucher = (id: string) => api.get<VoucherDetail>(`${base}/vouchers/${id}`);
export const createVoucher = (body: VoucherInput) => api.post<VoucherDetail>(`${base}/vouchers`, body);
export const updateVoucher = (id: string, body: VoucherInput) => api.put<VoucherDetail>(`${base}/vouchers/${id}`, body);
export const deleteVoucher = (id: string) => api.delete<unknown>(`${base}/vouchers/${id}`);
export const postVoucher = (id: string) => api.post<VoucherDetail>(`${base}/vouchers/${id}/post`);
export const reverseVoucher = (id: string, voucherDate?: string) => api.post<VoucherDetail>(`${base}/vouchers/${id}/reverse`, voucherDate ? { voucherDate } : {});

// Posting rules, settings, projects
export const listPostingRules = async () => (await api.get<{ items: PostingRule[] }>(`${base}/posting-rules`)).items;
export const createPostingRule = (body: CreatePostingRuleBody) => api.post<PostingRule>(`${base}/posting-rules`, body);
export const deletePostingRule = (id: string) => api.delete<unknown>(`${base}/posting-rules/${id}`);
export const getSettings = () => api.get<FinanceSettings>(`${base}/settings`);
export const updateSettings = (body: Partial<FinanceSettings>) => api.put<FinanceSettings>(`${base}/settings`, body);
export const listProjects = async () => (await api.get<{ items: Project[] }>(`${base}/projects`)).items;
export const createProject = (body: { code: string; name: string }) => api.post<Project>(`${base}/projects`, body);

/** Partners for the 往来单位 dimension (server-side search). */
export const searchPartners = async (q: string) =>
  (await api.get<Page<PartnerOption>>('/api/v1/partners', { q, limit: 20, enabled: 'true' })).items;
