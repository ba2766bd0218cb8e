import { useMemo } from 'react';
import { Button, Popconfirm, Select, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventDelivery } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { ListPage, listQueryKey, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { deliveryFetcher, listIds, replayDelivery } from '../api.ts';
import { deliveryStatuses, PayloadButton, StatusTag, useEventTypes } from './common.tsx';

/** Every (event, handler) delivery: retries, dead letters and the replay button. */
export function DeliveriesTab() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const eventTypes = useEventTypes();
  const { labelOf } = eventTypes;
  const replay = useMutation({
    mutationFn: replayDelivery,
    onSuccess: () => {
      feedback.message?.success(t('integration.delivery.replayed'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.deliveries) });
    },
  });
  const canReplay = can('platform.integration.replay');

  const filters = useMemo<ListFilter[]>(() => [
    selectFilter('status', t('integration.delivery.status'), deliveryStatuses.map((s) => ({ value: s, label: t(`integration.status.${s}`) })), 150),
    {
      name: 'eventType',
      label: t('integration.delivery.eventType'),
      input: <Select allowClear showSearch={{ optionFilterProp: 'label' }} style={{ width: 200 }} options={(eventTypes.data ?? []).map((e) => ({ value: e.type, label: labelOf(e.type) }))} />,
    },
    { name: 'handler', label: t('integration.delivery.handler'), width: 180 },
  ], [t, eventTypes.data, labelOf]);

  const columns = useMemo<ListColumn<EventDelivery>[]>(() => [
    { key: 'createdAt', title: t('integration.delivery.createdAt'), width: 170, render: (d) => formatDateTime(d.createdAt), exportValue: (d) => formatDateTime(d.createdAt) },
    {
      key: 'eventType',
      title: t('integration.delivery.eventType'),
      render: (d) => <Space orientation="vertical" size={0}><span>{labelOf(d.eventType)}</span><Typography.Text type="secondary" style={{ fontSize: 12 }}>{d.eventType}</Typography.Text></Space>,
      exportValue: (d) => d.eventType,
    },
    { key: 'handler', title: t('integration.delivery.handler'), render: (d) => <Typography.Text code>{d.handler}</Typography.Text>, exportValue: (d) => d.handler },
    { key: 'status', title: t('integration.delivery.status'), render: (d) => <StatusTag status={d.status} />, exportValue: (d) => t(`integration.status.${d.status}`) },
    { key: 'attempts', title: t('integration.delivery.attempts'), align: 'right', width: 90 },
    { key: 'lastError', title: t('integration.delivery.lastError'), ellipsis: true, width: 260 },
    { key: 'eventId', title: t('integration.delivery.eventId'), defaultHidden: true },
    { key: 'occurredAt', title: t('integration.delivery.occurredAt'), defaultHidden: true, render: (d) => formatDateTime(d.occurredAt), exportValue: (d) => formatDateTime(d.occurredAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (d) => (
        <Space size={0}>
          <PayloadButton payload={d.payload} title={t('integration.delivery.payload')} />
          {canReplay && (d.status === 'dead' || d.status === 'failed') ? (
            <Popconfirm title={t('integration.delivery.confirmReplay')} onConfirm={() => replay.mutate(d.id)}>
              <Button type="link" size="small" data-testid="delivery-replay">{t('integration.delivery.replay')}</Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ], [t, labelOf, canReplay, replay]);

  return (
    <ListPage<EventDelivery>
      listId={listIds.deliveries}
      embedded
      columns={columns}
      fetcher={deliveryFetcher}
      rowKey={(d) => d.id}
      filters={filters}
      exportName={t('integration.tabs.deliveries')}
    />
  );
}
