export { numberingModule } from './module.tsx';
export { numberingZhCN } from './i18n/zh-CN.ts';
export { numberingEnUS } from './i18n/en-US.ts';
