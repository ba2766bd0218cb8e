import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  agingQuery, agingReport as agingReportSchema, cancelInvoiceRequest, createInvoiceRequest, errorResponse, idParams, invoice, invoiceListQuery, invoicePage,
  openItemListQuery, openItemPage, statement, statementQuery,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { agingReport } from '../application/arap/aging.ts';
import { cancelInvoice } from '../application/arap/cancel-invoice.ts';
import { createInvoice } from '../application/arap/create-invoice.ts';
import { getInvoice } from '../application/arap/invoice-view.ts';
import { listInvoices } from '../application/arap/list-invoices.ts';
import { listOpenItems } from '../application/arap/open-items.ts';
import { partnerStatement } from '../application/arap/statement.ts';

const base = '/api/v1/finance';
const tags = ['finance'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

export function registerArapRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/invoices`, {
    config: { permission: 'finance.arap.read' },
    schema: { tags, summary: '应收单/应付单', querystring: invoiceListQuery, response: { 200: invoicePage, ...errorResponses } },
  }, (request) => asCaller(request, () => listInvoices(request.query)));

  r.get(`${base}/invoices/:id`, {
    config: { permission: 'finance.arap.read' },
    schema: { tags, summary: 'One invoice with its lines', params: idParams, response: { 200: invoice, ...errorResponses } },
  }, (request) => asCaller(request, () => getInvoice(request.params.id)));

  r.post(`${base}/invoices`, {
    config: { permission: 'finance.arap.manage' },
    schema: { tags, summary: 'Enter an invoice: posts its voucher and records the open item', body: createInvoiceRequest, response: { 201: invoice, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await asCaller(request, () => createInvoice(request.body))));

  r.post(`${base}/invoices/:id/cancel`, {
    config: { permission: 'finance.arap.manage' },
    schema: { tags, summary: 'Cancel an unsettled invoice (red-ink reversal of its voucher)', params: idParams, body: cancelInvoiceRequest.optional(), response: { 200: invoice, ...errorResponses } },
  }, (request) => asCaller(request, () => cancelInvoice(request.params.id, request.body?.date)));

  r.get(`${base}/open-items`, {
    config: { permission: 'finance.arap.read' },
    schema: { tags, summary: 'Open items (未清项) of receivables and payables', querystring: openItemListQuery, response: { 200: openItemPage, ...errorResponses } },
  }, (request) => asCaller(request, () => listOpenItems(request.query)));

  r.get(`${base}/aging`, {
    config: { permission: 'finance.arap.read' },
    schema: { tags, summary: 'Aging (账龄) of open amounts per partner', querystring: agingQuery, response: { 200: agingReportSchema, ...errorResponses } },
  }, (request) => asCaller(request, () => agingReport(request.query.kind, request.query.asOf)));

  r.get(`${base}/statements`, {
    config: { permission: 'finance.arap.read' },
    schema: { tags, summary: 'Statement of account (对账单) of one partner', querystring: statementQuery, response: { 200: statement, ...errorResponses } },
  }, (request) => asCaller(request, () => partnerStatement(request.query.kind, request.query.partnerId, request.query.from, request.query.to)));
}
