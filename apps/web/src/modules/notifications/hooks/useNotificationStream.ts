import { useEffect, useRef } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { notificationStreamEvents, type Notification, type NotificationCount } from '@triad/contracts';
import { notificationKeys, streamUrl } from '../api.ts';

function parse<T>(data: unknown): T | null {
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}

/** Live updates of the bell over Server-Sent Events; the browser reconnects on its own. */
export function useNotificationStream(onNotification: (n: Notification) => void): void {
  const queryClient = useQueryClient();
  // The callback changes every render; the stream must not reconnect for that.
  const callback = useRef(onNotification);
  callback.current = onNotification;

  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(streamUrl, { withCredentials: true });
    const onReady = (event: MessageEvent) => {
      const ready = parse<{ unreadCount: number }>(event.data);
      if (ready) queryClient.setQueryData<NotificationCount>(notificationKeys.unreadCount, { count: ready.unreadCount });
    };
    const onMessage = (event: MessageEvent) => {
      const notification = parse<Notification>(event.data);
      if (!notification) return;
      queryClient.setQueryData<NotificationCount>(notificationKeys.unreadCount, (old) => ({ count: (old?.count ?? 0) + 1 }));
      void queryClient.invalidateQueries({ queryKey: notificationKeys.recent });
      void queryClient.invalidateQueries({ queryKey: ['list', 'notifications'] });
      callback.current(notification);
    };
    source.addEventListener(notificationStreamEvents.ready, onReady);
    source.addEventListener(notificationStreamEvents.notification, onMessage);
    return () => {
      source.removeEventListener(notificationStreamEvents.ready, onReady);
      source.removeEventListener(notificationStreamEvents.notification, onMessage);
      source.close();
    };
  }, [queryClient]);
}
