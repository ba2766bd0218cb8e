export { financeReportsModule } from './module.tsx';
export { financeReportsZhCN } from './i18n/zh-CN.ts';
export { financeReportsEnUS } from './i18n/en-US.ts';
