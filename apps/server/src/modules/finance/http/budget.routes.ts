import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  budgetCheckRequest, budgetCheckResponse, budgetListQuery, budgetListResponse, budgetRow, budgetVsActualQuery, budgetVsActualResponse,
  errorResponse, saveBudgetRequest,
} from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { budgetVsActual, checkBudget, listBudgets, saveBudget } from '../application/budget/index.ts';

const tags = ['finance'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse, 409: errorResponse } as const;

export function registerBudgetRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/v1/finance/budgets', {
    config: { permission: 'finance.budget.read' },
    schema: { tags, summary: '预算: monthly budgets per department and account of a year', querystring: budgetListQuery, response: { 200: budgetListResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => listBudgets(request.query)));

  r.put('/api/v1/finance/budgets', {
    config: { permission: 'finance.budget.manage' },
    schema: { tags, summary: 'Set the 12 monthly budgets of a department and account', body: saveBudgetRequest, response: { 200: budgetRow, ...errorResponses } },
  }, (request) => asCaller(request, () => saveBudget(request.body)));

  r.get('/api/v1/finance/reports/budget-vs-actual', {
    config: { permission: 'finance.budget.read' },
    schema: { tags, summary: '预算执行: budget against posted spending', querystring: budgetVsActualQuery, response: { 200: budgetVsActualResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => budgetVsActual(request.query)));

  r.post('/api/v1/finance/budgets/check', {
    config: { authenticated: true },
    schema: { tags, summary: 'Would this spending go over the budget?', body: budgetCheckRequest, response: { 200: budgetCheckResponse, ...errorResponses } },
  }, (request) => asCaller(request, () => checkBudget(request.body)));
}
