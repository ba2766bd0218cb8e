export { inventoryModule } from './module.tsx';
export { inventoryZhCN } from './i18n/zh-CN.ts';
export { inventoryEnUS } from './i18n/en-US.ts';
