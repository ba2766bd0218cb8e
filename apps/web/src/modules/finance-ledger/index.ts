export { financeLedgerModule } from './module.tsx';
export { financeLedgerZhCN } from './i18n/zh-CN.ts';
export { financeLedgerEnUS } from './i18n/en-US.ts';
// 大写金额, also printed on purchase orders and receipts.
export { toCapitalAmount } from './capital-amount.ts';
