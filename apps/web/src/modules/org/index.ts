export { orgModule } from './module.tsx';
export { orgZhCN } from './i18n/zh-CN.ts';
export { orgEnUS } from './i18n/en-US.ts';
// Pickers other modules reuse (e.g. the audit log's user filter), loaded on first use.
export { UserSelectLazy as UserSelect, DepartmentTreeSelectLazy as DepartmentTreeSelect } from './components/lazy-pickers.tsx';
