import type { FastifyInstance } from 'fastify';
import { registerSourcingRoutes } from './http/sourcing.routes.ts';
import { registerBillRoutes } from './http/bills.routes.ts';
import { registerPerformanceRoutes } from './http/performance.routes.ts';

/**
 * Procurement (采购): purchase requests, price lists, RFQs and comparison, purchase orders,
 * receipts, returns and supplier bills matched three ways. The procure-to-pay loop that joins it
 * to OA approvals and finance lives in `flows/procure-to-pay`.
 */
export async function registerProcurementRoutes(app: FastifyInstance): Promise<void> {
  registerSourcingRoutes(app);
  registerBillRoutes(app);
  registerPerformanceRoutes(app);
}

export * from './application/requests/index.ts';
export * from './application/orders/index.ts';
export * from './application/receipts/index.ts';
export * from './application/sourcing/index.ts';
export * from './application/bills/index.ts';
