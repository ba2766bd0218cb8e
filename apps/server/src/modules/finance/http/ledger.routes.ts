import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  carryForwardResponse, createAccountRequest, createPostingRuleRequest, createProjectRequest, errorResponse, financeSettings,
  finAccount, finAccountList, finProject, finProjectList, idParams, okResponse, periodList, periodParams, periodRow, postingRule,
  postingRuleList, reopenPeriodRequest, reverseVoucherRequest, updateAccountRequest, updateFinanceSettingsRequest, voucherDetail,
  voucherInput, voucherListQuery, voucherPage,
} from '@triad/contracts';
import { asCaller, hasPermission, principalOf } from '../../../platform/access/index.ts';
import { commonErrors } from '../../../platform/http/index.ts';
import { createAccountFromApi, listAccounts, patchAccount } from '../application/ledger/accounts.ts';
import { carryForward } from '../application/ledger/closing.ts';
import {
  createPostingRule, createProject, getSettings, listPostingRules, projects, removePostingRule, updateSettings,
} from '../application/ledger/configuration.ts';
import { createManualVoucher, deleteManualVoucher, postManualVoucher, updateManualVoucher } from '../application/ledger/manual-vouchers.ts';
import { closePeriod, listPeriods, reopenPeriod, yearEnd } from '../application/ledger/periods.ts';
import { reverseManualVoucher } from '../application/ledger/reverse.ts';
import { listVouchers, voucherDetail as loadVoucher } from '../application/ledger/voucher-view.ts';

const tags = ['finance'];
const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;
const base = '/api/v1/finance';
const accountReaders = [
  'finance.voucher.read', 'finance.account.manage', 'finance.report.read', 'finance.arap.manage', 'finance.cash.manage',
  'finance.payment.request', 'finance.budget.read', 'finance.budget.manage',
];

export function registerLedgerRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // 会计科目
  r.get(`${base}/accounts`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Chart of accounts, flat, by code (any finance permission)', response: { 200: finAccountList, ...errors } },
  }, (request) => {
    // Every finance screen picks accounts (invoices, payments, budgets), not only the voucher desk.
    if (!accountReaders.some((p) => hasPermission(principalOf(request), p))) throw commonErrors['common.forbidden']();
    return asCaller(request, () => listAccounts());
  });
  r.post(`${base}/accounts`, {
    config: { permission: 'finance.account.manage' },
    schema: { tags, summary: 'Add a sub-account (next free 2-digit code)', body: createAccountRequest, response: { 201: finAccount, ...errors } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createAccountFromApi(request.body))));
  r.patch(`${base}/accounts/:id`, {
    config: { permission: 'finance.account.manage' },
    schema: { tags, summary: 'Rename, set dimensions, enable or disable an account', params: idParams, body: updateAccountRequest, response: { 200: finAccount, ...errors } },
  }, (request) => asCaller(request, () => patchAccount(request.params.id, request.body)));

  // 会计期间
  r.get(`${base}/periods`, {
    config: { permission: 'finance.voucher.read' },
    schema: { tags, summary: 'Accounting periods with voucher counts', response: { 200: periodList, ...errors } },
  }, (request) => asCaller(request, () => listPeriods()));
  r.post(`${base}/periods/:period/close`, {
    config: { permission: 'finance.period.close' },
    schema: { tags, summary: 'Close a period (结账)', params: periodParams, response: { 200: periodRow, ...errors } },
  }, (request) => asCaller(request, () => closePeriod(request.params.period)));
  r.post(`${base}/periods/:period/reopen`, {
    config: { permission: 'finance.period.reopen' },
    schema: { tags, summary: 'Reopen the latest closed period (反结账)', params: periodParams, body: reopenPeriodRequest, response: { 200: periodRow, ...errors } },
  }, (request) => asCaller(request, () => reopenPeriod(request.params.period, request.body.reason)));
  r.post(`${base}/periods/:period/carry-forward`, {
    config: { permission: 'finance.period.close' },
    schema: { tags, summary: 'Carry profit and loss into 本年利润 (结转损益)', params: periodParams, response: { 200: carryForwardResponse, ...errors } },
  }, (request) => asCaller(request, () => carryForward(request.params.period)));
  r.post(`${base}/periods/:period/year-end`, {
    config: { permission: 'finance.period.close' },
    schema: { tags, summary: 'Year-end closing of December (年结)', params: periodParams, response: { 200: periodRow, ...errors } },
  }, (request) => asCaller(request, () => yearEnd(request.params.period)));

  // 凭证
  r.get(`${base}/vouchers`, {
    config: { permission: 'finance.voucher.read' },
    schema: { tags, summary: 'Vouchers, newest first', querystring: voucherListQuery, response: { 200: voucherPage, ...errors } },
  }, (request) => asCaller(request, () => listVouchers(request.query)));
  r.get(`${base}/vouchers/:id`, {
    config: { permission: 'finance.voucher.read' },
    schema: { tags, summary: 'One voucher with its lines', params: idParams, response: { 200: voucherDetail, ...errors } },
  }, (request) => asCaller(request, () => loadVoucher(request.params.id)));
  r.post(`${base}/vouchers`, {
    config: { permission: 'finance.voucher.create' },
    schema: { tags, summary: 'Enter a draft voucher', body: voucherInput, response: { 201: voucherDetail, ...errors } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createManualVoucher(request.body))));
  r.put(`${base}/vouchers/:id`, {
    config: { permission: 'finance.voucher.create' },
    schema: { tags, summary: 'Change a draft voucher', params: idParams, body: voucherInput, response: { 200: voucherDetail, ...errors } },
  }, (request) => asCaller(request, () => updateManualVoucher(request.params.id, request.body)));
  r.delete(`${base}/vouchers/:id`, {
    config: { permission: 'finance.voucher.create' },
    schema: { tags, summary: 'Delete a draft voucher', params: idParams, response: { 200: okResponse, ...errors } },
  }, (request) => asCaller(request, () => deleteManualVoucher(request.params.id)));
  r.post(`${base}/vouchers/:id/post`, {
    config: { permission: 'finance.voucher.post' },
    schema: { tags, summary: 'Post a draft (or submit it for approval)', params: idParams, response: { 200: voucherDetail, ...errors } },
  }, (request) => asCaller(request, () => postManualVoucher(request.params.id)));
  r.post(`${base}/vouchers/:id/reverse`, {
    config: { permission: 'finance.voucher.reverse' },
    schema: { tags, summary: 'Reverse a posted voucher with red ink', params: idParams, body: reverseVoucherRequest, response: { 200: voucherDetail, ...errors } },
  }, (request) => asCaller(request, async () => loadVoucher((await reverseManualVoucher(request.params.id, request.body.voucherDate)).voucherId)));

  // 过账规则, 设置, 项目
  r.get(`${base}/posting-rules`, {
    config: { permission: 'finance.account.manage' },
    schema: { tags, summary: 'Posting rules', response: { 200: postingRuleList, ...errors } },
  }, (request) => asCaller(request, () => listPostingRules()));
  r.post(`${base}/posting-rules`, {
    config: { permission: 'finance.account.manage' },
    schema: { tags, summary: 'Add a posting rule', body: createPostingRuleRequest, response: { 201: postingRule, ...errors } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createPostingRule(request.body))));
  r.delete(`${base}/posting-rules/:id`, {
    config: { permission: 'finance.account.manage' },
    schema: { tags, summary: 'Delete a posting rule', params: idParams, response: { 200: okResponse, ...errors } },
  }, (request) => asCaller(request, () => removePostingRule(request.params.id)));
  r.get(`${base}/settings`, {
    config: { permission: 'finance.voucher.read' },
    schema: { tags, summary: 'Finance settings', response: { 200: financeSettings, ...errors } },
  }, (request) => asCaller(request, () => getSettings()));
  r.put(`${base}/settings`, {
    config: { permission: 'finance.account.manage' },
    schema: { tags, summary: 'Change finance settings', body: updateFinanceSettingsRequest, response: { 200: financeSettings, ...errors } },
  }, (request) => asCaller(request, () => updateSettings(request.body)));
  r.get(`${base}/projects`, {
    config: { authenticated: true },
    schema: { tags, summary: 'Projects (辅助核算)', response: { 200: finProjectList, ...errors } },
  }, (request) => asCaller(request, () => projects()));
  r.post(`${base}/projects`, {
    config: { permission: 'finance.account.manage' },
    schema: { tags, summary: 'Add a project', body: createProjectRequest, response: { 201: finProject, ...errors } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createProject(request.body))));
}
