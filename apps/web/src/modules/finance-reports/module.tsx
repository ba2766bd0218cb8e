import type { WebModule } from '../../app/routing/types.ts';

/** Reports: trial balance, ledgers, statements, VAT, budgets. */
export const financeReportsModule: WebModule = {
  name: 'financeReports',
  routes: [],
  menu: [],
};
