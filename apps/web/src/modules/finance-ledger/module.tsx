import type { WebModule } from '../../app/routing/types.ts';

/** Ledger: accounts, vouchers, periods, posting rules, settings. */
export const financeLedgerModule: WebModule = {
  name: 'financeLedger',
  routes: [],
  menu: [],
};
