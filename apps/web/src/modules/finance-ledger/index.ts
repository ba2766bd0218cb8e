export { financeLedgerModule } from './module.tsx';
export { financeLedgerZhCN } from './i18n/zh-CN.ts';
export { financeLedgerEnUS } from './i18n/en-US.ts';
