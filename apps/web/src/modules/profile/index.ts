export { profileModule } from './module.tsx';
export { profileZhCN } from './i18n/zh-CN.ts';
export { profileEnUS } from './i18n/en-US.ts';
