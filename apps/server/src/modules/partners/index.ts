import type { FastifyInstance } from 'fastify';
import { registerPartnerRoutes } from './http/partner.routes.ts';

/**
 * The shared partner master (往来单位): one record per company, customer, supplier or both,
 * used by finance, procurement and sales alike.
 */
export async function registerPartnersRoutes(app: FastifyInstance): Promise<void> {
  registerPartnerRoutes(app);
}

export * from './application/index.ts';
export { partners } from './infra/partners.table.ts';
