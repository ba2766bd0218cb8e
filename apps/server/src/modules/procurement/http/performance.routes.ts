import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, supplierPerformanceQuery, supplierPerformanceReport } from '@triad/contracts';
import { asCaller } from '../../../platform/access/index.ts';
import { supplierPerformance } from '../application/bills/supplier-performance.ts';

const tags = ['procurement'];
const errorResponses = { 400: errorResponse, 401: errorResponse, 403: errorResponse } as const;

/** Supplier performance (供应商绩效): on-time rate, lead time, price variance, returns. */
export function registerPerformanceRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/v1/procurement/reports/supplier-performance', {
    config: { permission: 'procurement.read' },
    schema: { tags, summary: 'Supplier performance over a date range', querystring: supplierPerformanceQuery, response: { 200: supplierPerformanceReport, ...errorResponses } },
  }, (request) => asCaller(request, () => supplierPerformance(request.query)));
}
