import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  cashAccount, cashAccountList, cashFlowQuery, cashFlowReport as cashFlowSchema, cashForecast as cashForecastSchema, cashForecastQuery,
  createCashAccountRequest, createPaymentBody, errorResponse, executePaymentRequest, idParams, journal, journalQuery, payment,
  paymentListQuery, paymentPage, updateCashAccountRequest,
} from '@triad/contracts';
import { asCaller, principalOf } from '../../../platform/access/index.ts';
import { cancelPayment } from '../application/cash/cancel-payment.ts';
import { createCashAccount, listCashAccounts, updateCashAccount } from '../application/cash/cash-accounts.ts';
import { cashFlowReport } from '../application/cash/cash-flow.ts';
import { cashForecast } from '../application/cash/cash-forecast.ts';
import { createPayment } from '../application/cash/create-payment.ts';
import { executePayment } from '../application/cash/execute-payment.ts';
import { cashJournal } from '../application/cash/journal.ts';
import { listPayments } from '../application/cash/list-payments.ts';
import { getPayment } from '../application/cash/payment-view.ts';
import { submitPayment } from '../application/cash/submit-payment.ts';

const base = '/api/v1/finance';
const tags = ['finance'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

export function registerCashRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/cash-accounts`, {
    config: { permission: 'finance.voucher.read' },
    schema: { tags, summary: 'Bank and cash accounts with their book balances', response: { 200: cashAccountList, ...errorResponses } },
  }, (request) => asCaller(request, () => listCashAccounts()));

  r.post(`${base}/cash-accounts`, {
    config: { permission: 'finance.cash.manage' },
    schema: { tags, summary: 'Open a bank or cash account (creates its ledger sub-account under 1001/1002)', body: createCashAccountRequest, response: { 201: cashAccount, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createCashAccount(request.body))));

  r.patch(`${base}/cash-accounts/:id`, {
    config: { permission: 'finance.cash.manage' },
    schema: { tags, summary: 'Rename, enable or disable a bank or cash account', params: idParams, body: updateCashAccountRequest, response: { 200: cashAccount, ...errorResponses } },
  }, (request) => asCaller(request, () => updateCashAccount(request.params.id, request.body)));

  r.get(`${base}/payments`, {
    config: { permission: 'finance.payment.request' },
    schema: { tags, summary: 'Payments (付款单) and receipts (收款单)', querystring: paymentListQuery, response: { 200: paymentPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listPayments(request.query)));

  r.get(`${base}/payments/:id`, {
    config: { permission: 'finance.payment.request' },
    schema: { tags, summary: 'One payment or receipt', params: idParams, response: { 200: payment, ...errorResponses } },
  }, (request) => asCaller(request, () => getPayment(request.params.id)));

  r.post(`${base}/payments`, {
    config: { permission: 'finance.payment.request' },
    schema: { tags, summary: 'Draft a payment request or a receipt', body: createPaymentBody, response: { 201: payment, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createPayment(request.body))));

  r.post(`${base}/payments/:id/submit`, {
    config: { permission: 'finance.payment.request' },
    schema: { tags, summary: 'Submit a payment request for approval', params: idParams, response: { 200: payment, ...errorResponses } },
  }, (request) => asCaller(request, async () => {
    await submitPayment(request.params.id, principalOf(request).userId);
    return getPayment(request.params.id);
  }));

  r.post(`${base}/payments/:id/execute`, {
    config: { permission: 'finance.payment.execute' },
    schema: { tags, summary: 'Pay or receive (cashier): posts the voucher and settles the documents', params: idParams, body: executePaymentRequest.optional(), response: { 200: payment, ...errorResponses } },
  }, (request) => asCaller(request, () => executePayment(request.params.id, request.body ?? {})));

  r.post(`${base}/payments/:id/cancel`, {
    config: { permission: 'finance.payment.request' },
    schema: { tags, summary: 'Cancel a payment that has not moved money', params: idParams, response: { 200: payment, ...errorResponses } },
  }, (request) => asCaller(request, () => cancelPayment(request.params.id)));

  r.get(`${base}/journals`, {
    config: { permission: 'finance.voucher.read' },
    schema: { tags, summary: 'Cash or bank journal (现金/银行日记账) of one account', querystring: journalQuery, response: { 200: journal, ...errorResponses } },
  }, (request) => asCaller(request, () => cashJournal(request.query.cashAccountId, request.query.from, request.query.to)));

  r.get(`${base}/cash-flow`, {
    config: { permission: 'finance.report.read' },
    schema: { tags, summary: 'Cash flow by category over a period range', querystring: cashFlowQuery, response: { 200: cashFlowSchema, ...errorResponses } },
  }, (request) => asCaller(request, () => cashFlowReport(request.query.from, request.query.to)));

  r.get(`${base}/cash-forecast`, {
    config: { permission: 'finance.report.read' },
    schema: { tags, summary: '13-week cash forecast from open receivables and payables', querystring: cashForecastQuery, response: { 200: cashForecastSchema, ...errorResponses } },
  }, (request) => asCaller(request, () => cashForecast(request.query.weeks, request.query.asOf)));
}
