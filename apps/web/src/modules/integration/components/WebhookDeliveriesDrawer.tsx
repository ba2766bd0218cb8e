import { useMemo } from 'react';
import { Button, Drawer, Popconfirm, Space } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { WebhookDelivery, WebhookSubscription } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { ListPage, listQueryKey, selectFilter, type ListColumn } from '../../../shared/list/index.ts';
import { listIds, replayWebhookDelivery, webhookDeliveryFetcher } from '../api.ts';
import { deliveryStatuses, PayloadButton, StatusTag, useEventTypes } from './common.tsx';

export function WebhookDeliveriesDrawer({ subscription, onClose }: { subscription: WebhookSubscription | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { can } = useAuth();
  const mobile = useIsMobile();
  const queryClient = useQueryClient();
  const { labelOf } = useEventTypes();
  const listId = listIds.webhookDeliveries;
  const fetcher = useMemo(() => webhookDeliveryFetcher(subscription?.id ?? ''), [subscription?.id]);
  const replay = useMutation({
    mutationFn: replayWebhookDelivery,
    onSuccess: () => {
      feedback.message?.success(t('integration.delivery.replayed'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(listId) });
    },
  });
  const canReplay = can('platform.integration.replay') || can('platform.webhook.manage');

  const columns = useMemo<ListColumn<WebhookDelivery>[]>(() => [
    { key: 'createdAt', title: t('integration.delivery.createdAt'), width: 170, render: (d) => formatDateTime(d.createdAt), exportValue: (d) => formatDateTime(d.createdAt) },
    { key: 'eventType', title: t('integration.delivery.eventType'), render: (d) => labelOf(d.eventType), exportValue: (d) => d.eventType },
    { key: 'status', title: t('integration.delivery.status'), render: (d) => <StatusTag status={d.status} />, exportValue: (d) => t(`integration.status.${d.status}`) },
    { key: 'responseStatus', title: t('integration.delivery.responseStatus'), align: 'right' },
    { key: 'attempts', title: t('integration.delivery.attempts'), align: 'right' },
    { key: 'lastError', title: t('integration.delivery.lastError'), ellipsis: true, width: 220 },
    { key: 'deliveredAt', title: t('integration.delivery.deliveredAt'), defaultHidden: true, render: (d) => formatDateTime(d.deliveredAt), exportValue: (d) => formatDateTime(d.deliveredAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (d) => (
        <Space size={0}>
          <PayloadButton payload={d.payload} title={t('integration.delivery.payload')} />
          {canReplay && d.status !== 'pending' ? (
            <Popconfirm title={t('integration.delivery.confirmReplay')} onConfirm={() => replay.mutate(d.id)}>
              <Button type="link" size="small" data-testid="webhook-delivery-replay">{t('integration.delivery.replay')}</Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ], [t, labelOf, canReplay, replay]);

  return (
    <Drawer
      open={subscription !== null}
      onClose={onClose}
      title={t('integration.webhook.deliveriesOf', { name: subscription?.name ?? '' })}
      size={mobile ? '100%' : 960}
      destroyOnHidden
    >
      {subscription ? (
        <ListPage<WebhookDelivery>
          listId={listId}
          scope={subscription.id}
          embedded
          columns={columns}
          fetcher={fetcher}
          rowKey={(d) => d.id}
          filters={[selectFilter('status', t('integration.delivery.status'), deliveryStatuses.map((s) => ({ value: s, label: t(`integration.status.${s}`) })), 150)]}
          exportName={t('integration.webhook.deliveriesOf', { name: subscription.name })}
        />
      ) : null}
    </Drawer>
  );
}
