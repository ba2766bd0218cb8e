export { financeCashModule } from './module.tsx';
export { financeCashZhCN } from './i18n/zh-CN.ts';
export { financeCashEnUS } from './i18n/en-US.ts';
