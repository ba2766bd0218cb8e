import { Button, Empty, Spin, Typography, theme } from 'antd';
import type { Notification } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';

dayjs.extend(relativeTime);

interface Props {
  items: Notification[];
  loading: boolean;
  onOpen: (n: Notification) => void;
  onMarkRead: (n: Notification) => void;
}

export function NotificationList({ items, loading, onOpen, onMarkRead }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (loading) return <div style={{ textAlign: 'center', padding: 16 }}><Spin /></div>;
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />;
  return (
    <div style={{ maxHeight: 360, overflowY: 'auto' }}>
      {items.map((n) => (
        <div
          key={n.id}
          data-testid="notification-item"
          onClick={() => onOpen(n)}
          style={{ cursor: 'pointer', padding: '8px 4px', borderBottom: `1px solid ${token.colorSplit}`, display: 'flex', gap: 8, opacity: n.readAt ? 0.6 : 1 }}
        >
          <div style={{ flex: 1, minWidth: 0 }}>
            <Typography.Text strong={!n.readAt} ellipsis style={{ display: 'block' }}>{n.title}</Typography.Text>
            {n.body ? <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ marginBottom: 0, fontSize: 13 }}>{n.body}</Typography.Paragraph> : null}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dayjs(n.createdAt).fromNow()}</Typography.Text>
          </div>
          {n.readAt ? null : (
            <Button
              type="link"
              size="small"
              onClick={(e) => {
                e.stopPropagation();
                onMarkRead(n);
              }}
              data-testid="notification-mark-read"
            >
              {t('notifications.markRead')}
            </Button>
          )}
        </div>
      ))}
    </div>
  );
}
