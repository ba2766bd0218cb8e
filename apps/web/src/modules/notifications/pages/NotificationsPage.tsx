import { useMemo } from 'react';
import { Badge, Button, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Notification } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ListPage, listQueryKey, pathFetcher, selectFilter, type ListColumn } from '../../../shared/list/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { markAllRead, markRead, notificationKeys } from '../api.ts';

const listId = 'notifications';
const fetcher = pathFetcher<Notification>('/api/v1/notifications');

export default function NotificationsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    void queryClient.invalidateQueries({ queryKey: listQueryKey(listId) });
  };
  const readOne = useMutation({ mutationFn: (id: string) => markRead(id), onSuccess: refresh });
  const readAll = useMutation({ mutationFn: markAllRead, onSuccess: refresh });

  const columns = useMemo<ListColumn<Notification>[]>(() => [
    {
      key: 'status',
      title: t('notifications.columns.status'),
      width: 90,
      render: (n) => <Badge status={n.readAt ? 'default' : 'processing'} text={n.readAt ? t('notifications.read') : t('notifications.unread')} />,
      exportValue: (n) => (n.readAt ? t('notifications.read') : t('notifications.unread')),
    },
    {
      key: 'title',
      title: t('notifications.columns.title'),
      render: (n) => (n.link ? <Typography.Link onClick={() => { if (!n.readAt) readOne.mutate(n.id); navigate(n.link ?? '/'); }}>{n.title}</Typography.Link> : n.title),
    },
    { key: 'body', title: t('notifications.columns.body'), ellipsis: true, width: 320 },
    {
      key: 'category',
      title: t('notifications.columns.category'),
      width: 100,
      render: (n) => t(`notifications.categories.${n.category}`, { defaultValue: n.category }),
      exportValue: (n) => t(`notifications.categories.${n.category}`, { defaultValue: n.category }),
    },
    { key: 'createdAt', title: t('notifications.columns.createdAt'), width: 170, render: (n) => formatDateTime(n.createdAt), exportValue: (n) => formatDateTime(n.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      width: 100,
      render: (n) => (n.readAt ? null : <Button type="link" size="small" onClick={() => readOne.mutate(n.id)}>{t('notifications.markRead')}</Button>),
    },
  ], [t, navigate, readOne]);

  return (
    <ListPage<Notification>
      listId={listId}
      title={t('notifications.title')}
      columns={columns}
      fetcher={fetcher}
      rowKey={(n) => n.id}
      filters={[selectFilter('unread', t('notifications.columns.status'), [
        { value: 'true', label: t('notifications.unread') },
        { value: 'false', label: t('common.all') },
      ])]}
      toolbar={<Button icon={<CheckOutlined />} onClick={() => readAll.mutate()} loading={readAll.isPending}>{t('notifications.markAllRead')}</Button>}
      exportName={t('notifications.title')}
    />
  );
}
