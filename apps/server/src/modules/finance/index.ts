import type { FastifyInstance } from 'fastify';
import './errors.ts';

/**
 * The finance module (财务): the PRC chart of accounts, vouchers and their posting rules, period
 * balances, receivables and payables, payments and receipts, VAT, budgets, period close and the
 * statutory reports. Other modules post through the functions exported below, inside their own
 * unit of work.
 */
export async function registerFinanceRoutes(app: FastifyInstance): Promise<void> {
  void app;
}

export { financeErrors } from './errors.ts';
