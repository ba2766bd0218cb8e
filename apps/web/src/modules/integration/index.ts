export { integrationModule } from './module.tsx';
export { integrationZhCN } from './i18n/zh-CN.ts';
export { integrationEnUS } from './i18n/en-US.ts';
