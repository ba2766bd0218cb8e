import type { FastifyInstance } from 'fastify';
import './errors.ts';
import { registerLedgerRoutes } from './http/ledger.routes.ts';
import { registerReportRoutes } from './http/reports.routes.ts';
import { registerArapRoutes } from './http/arap.routes.ts';
import { registerCashRoutes } from './http/cash.routes.ts';
import { registerBudgetRoutes } from './http/budget.routes.ts';

/**
 * The finance module (财务): the PRC chart of accounts, vouchers and their posting rules, period
 * balances, receivables and payables, payments and receipts, VAT, budgets, period close and the
 * statutory reports. Other modules post through the functions exported below, inside their own
 * unit of work.
 */
export async function registerFinanceRoutes(app: FastifyInstance): Promise<void> {
  registerLedgerRoutes(app);
  registerReportRoutes(app);
  registerArapRoutes(app);
  registerCashRoutes(app);
  registerBudgetRoutes(app);
}

export { financeErrors } from './errors.ts';
export * from './application/ledger/index.ts';
export * from './application/reports/index.ts';
export * from './application/arap/index.ts';
export * from './application/cash/index.ts';
export * from './application/budget/index.ts';
