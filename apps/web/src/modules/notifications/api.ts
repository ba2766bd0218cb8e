import type { Notification, NotificationCount, Page } from '@triad/contracts';
import { api } from '../../app/api/index.ts';

export const notificationKeys = {
  all: ['notifications'] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
  recent: ['notifications', 'recent'] as const,
};

export function fetchUnreadCount(): Promise<NotificationCount> {
  return api.get<NotificationCount>('/api/v1/notifications/unread-count');
}

export function fetchRecent(): Promise<Page<Notification>> {
  return api.get<Page<Notification>>('/api/v1/notifications', { limit: 8 });
}

export function markRead(id: string): Promise<unknown> {
  return api.post<unknown>(`/api/v1/notifications/${id}/read`);
}

export function markAllRead(): Promise<unknown> {
  return api.post<unknown>('/api/v1/notifications/read-all');
}

export const streamUrl = '/api/v1/notifications/stream';
