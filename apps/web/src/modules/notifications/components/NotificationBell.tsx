import { useState } from 'react';
import { Badge, Button, Popover, Space } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { fetchRecent, fetchUnreadCount, markAllRead, markRead, notificationKeys } from '../api.ts';
import { useNotificationStream } from '../hooks/useNotificationStream.ts';
import { NotificationList } from './NotificationList.tsx';

/** The bell in the header: unread count, live pushes, the latest messages. */
export function NotificationBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  // The stream keeps the count current; the slow poll only covers a dropped stream.
  const count = useQuery({ queryKey: notificationKeys.unreadCount, queryFn: fetchUnreadCount, refetchInterval: 120_000, meta: { silent: true } });
  const recent = useQuery({ queryKey: notificationKeys.recent, queryFn: fetchRecent, enabled: open });

  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
  const readOne = useMutation({ mutationFn: (n: Notification) => markRead(n.id), onSuccess: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh });

  const openNotification = (n: Notification) => {
    if (!n.readAt) readOne.mutate(n);
    setOpen(false);
    if (n.link) navigate(n.link);
  };

  useNotificationStream((n) => {
    feedback.notification?.info({
      title: n.title,
      description: n.body ?? undefined,
      placement: 'topRight',
      onClick: () => openNotification(n),
    });
  });

  const unread = count.data?.count ?? 0;
  const content = (
    <div style={{ width: 'min(340px, calc(100vw - 56px))' }} data-testid="notification-panel">
      <NotificationList items={recent.data?.items ?? []} loading={recent.isPending} onOpen={openNotification} onMarkRead={(n) => readOne.mutate(n)} />
      <Space style={{ width: '100%', justifyContent: 'space-between', marginTop: 8 }}>
        <Button type="link" size="small" disabled={unread === 0} onClick={() => readAll.mutate()} data-testid="notification-read-all">
          {t('notifications.markAllRead')}
        </Button>
        <Button
          type="link"
          size="small"
          onClick={() => {
            setOpen(false);
            navigate('/notifications');
          }}
        >
          {t('notifications.viewAll')}
        </Button>
      </Space>
    </div>
  );

  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button type="text" aria-label={t('notifications.bell')} data-testid="notification-bell" data-unread={unread}>
        <Badge count={unread} size="small" overflowCount={99} data-testid="notification-badge">
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
