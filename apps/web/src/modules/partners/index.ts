export { partnersModule } from './module.tsx';
export { partnersZhCN } from './i18n/zh-CN.ts';
export { partnersEnUS } from './i18n/en-US.ts';
