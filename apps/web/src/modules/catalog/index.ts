export { catalogModule } from './module.tsx';
export { catalogZhCN } from './i18n/zh-CN.ts';
export { catalogEnUS } from './i18n/en-US.ts';
