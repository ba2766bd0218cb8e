import type { Messages } from '../../../app/i18n/index.ts';
import type { notificationsZhCN } from './zh-CN.ts';

export const notificationsEnUS: Messages<typeof notificationsZhCN> = {
  menu: 'Notifications',
  title: 'Notifications',
  bell: 'Notifications',
  markRead: 'Mark as read',
  markAllRead: 'Mark all as read',
  viewAll: 'View all notifications',
  empty: 'No notifications',
  unreadOnly: 'Unread only',
  read: 'Read',
  unread: 'Unread',
  columns: {
    title: 'Title',
    body: 'Message',
    category: 'Category',
    status: 'Status',
    createdAt: 'Time',
  },
  categories: {
    system: 'System',
    approval: 'Approval',
    org: 'Organization',
  },
  newArrived: 'New notification',
};
