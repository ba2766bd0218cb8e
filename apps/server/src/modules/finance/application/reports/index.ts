// What the reports area offers the rest of the system (re-exported by the module's index.ts).
export { trialBalance } from './trial-balance.ts';
export { generalLedger } from './general-ledger.ts';
export { detailLedger, detailLedgerRowCap } from './detail-ledger.ts';
export { balanceSheet, incomeStatement } from './statements.ts';
export { vatSummary } from './vat-summary.ts';
