export { auditModule } from './module.tsx';
export { auditZhCN } from './i18n/zh-CN.ts';
export { auditEnUS } from './i18n/en-US.ts';
