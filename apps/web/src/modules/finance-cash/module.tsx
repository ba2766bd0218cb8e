import type { WebModule } from '../../app/routing/types.ts';

/** Receivables, payables, invoices, payments, receipts, cash accounts, journals, cash flow. */
export const financeCashModule: WebModule = {
  name: 'financeCash',
  routes: [],
  menu: [],
};
