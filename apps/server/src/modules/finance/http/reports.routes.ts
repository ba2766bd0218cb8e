import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  balanceSheetResponse, detailLedgerQuery, detailLedgerResponse, errorResponse, generalLedgerQuery, generalLedgerResponse,
  incomeStatementResponse, reportPeriodQuery, trialBalanceQuery, trialBalanceResponse, vatSummaryResponse,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { balanceSheet, detailLedger, generalLedger, incomeStatement, trialBalance, vatSummary } from '../application/reports/index.ts';

const base = '/api/v1/finance/reports';
const tags = ['finance'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse } as const;
const config = { permission: 'finance.report.read' };

export function registerReportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(`${base}/trial-balance`, {
    config,
    schema: { tags, summary: '科目余额表: opening, period and closing balances per account', querystring: trialBalanceQuery, response: { 200: trialBalanceResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => trialBalance(request.query)));

  r.get(`${base}/general-ledger`, {
    config,
    schema: { tags, summary: '总账: monthly totals and year-to-date of an account', querystring: generalLedgerQuery, response: { 200: generalLedgerResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => generalLedger(request.query)));

  r.get(`${base}/detail-ledger`, {
    config,
    schema: { tags, summary: '明细账: the posted lines of an account with running balance', querystring: detailLedgerQuery, response: { 200: detailLedgerResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => detailLedger(request.query)));

  r.get(`${base}/balance-sheet`, {
    config,
    schema: { tags, summary: '资产负债表 at the end of a period', querystring: reportPeriodQuery, response: { 200: balanceSheetResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => balanceSheet(request.query)));

  r.get(`${base}/income-statement`, {
    config,
    schema: { tags, summary: '利润表: the period and year to date', querystring: reportPeriodQuery, response: { 200: incomeStatementResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => incomeStatement(request.query)));

  r.get(`${base}/vat-summary`, {
    config,
    schema: { tags, summary: '增值税汇总: output and input VAT by rate', querystring: reportPeriodQuery, response: { 200: vatSummaryResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => vatSummary(request.query)));
}
