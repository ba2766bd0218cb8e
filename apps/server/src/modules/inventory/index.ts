import type { FastifyInstance } from 'fastify';
import './inventory.errors.ts';
import { registerInventoryHttp } from './http/inventory.routes.ts';

/**
 * Inventory (库存): the immutable stock ledger, balances per item × warehouse (on hand, reserved,
 * incoming), valuation, counts, reorder points and alerts. Other modules move stock through the
 * functions exported below, inside their own unit of work.
 */
export async function registerInventoryRoutes(app: FastifyInstance): Promise<void> {
  registerInventoryHttp(app);
}

export * from './application/index.ts';
export { stockBalances, stockMoves } from './infra/inventory.tables.ts';
