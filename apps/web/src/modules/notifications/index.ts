export { notificationsModule } from './module.tsx';
export { NotificationBell } from './components/NotificationBell.tsx';
export { fetchUnreadCount, notificationKeys } from './api.ts';
export { notificationsZhCN } from './i18n/zh-CN.ts';
export { notificationsEnUS } from './i18n/en-US.ts';
