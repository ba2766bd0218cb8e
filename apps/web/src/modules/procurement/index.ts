export { procurementModule } from './module.tsx';
export { procurementZhCN } from './i18n/zh-CN.ts';
export { procurementEnUS } from './i18n/en-US.ts';
