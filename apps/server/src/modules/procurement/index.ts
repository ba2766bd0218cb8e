import type { FastifyInstance } from 'fastify';
import { registerRequestRoutes } from './http/requests.routes.ts';
import { registerOrderRoutes } from './http/orders.routes.ts';
import { registerReceiptRoutes } from './http/receipts.routes.ts';
import { registerReturnRoutes } from './http/returns.routes.ts';
import { registerSettingsRoutes } from './http/settings.routes.ts';
import { registerSourcingRoutes } from './http/sourcing.routes.ts';
import { registerBillRoutes } from './http/bills.routes.ts';
import { registerPerformanceRoutes } from './http/performance.routes.ts';

/**
 * Procurement (采购): purchase requests, price lists, RFQs and comparison, purchase orders,
 * receipts, returns and supplier bills matched three ways. The procure-to-pay loop that joins it
 * to OA approvals and finance lives in `flows/procure-to-pay`.
 */
export async function registerProcurementRoutes(app: FastifyInstance): Promise<void> {
  registerRequestRoutes(app);
  registerOrderRoutes(app);
  registerReceiptRoutes(app);
  registerReturnRoutes(app);
  registerSettingsRoutes(app);
  registerSourcingRoutes(app);
  registerBillRoutes(app);
  registerPerformanceRoutes(app);
}

export * from './application/requests/index.ts';
export * from './application/orders/index.ts';
export * from './application/receipts/index.ts';
export * from './application/sourcing/index.ts';
export * from './application/bills/index.ts';
