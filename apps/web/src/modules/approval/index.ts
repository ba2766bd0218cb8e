export { approvalModule } from './module.tsx';
export { approvalZhCN } from './i18n/zh-CN.ts';
export { approvalEnUS } from './i18n/en-US.ts';
// For the menu entry 审批 once the shell's menu items accept a badge component.
export { TodoBadgeLazy as ApprovalTodoBadge } from './components/lazy-badge.tsx';
