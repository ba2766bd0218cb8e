import { useMemo, useState } from 'react';
import { Badge, Button, Popconfirm, Space, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { webhookEventWildcard, type WebhookSubscription } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { SecretOnceModal } from '../../../shared/feedback/SecretOnceModal.tsx';
import { formatDateTime } from '../../../shared/format.ts';
import { ListPage, listQueryKey, type ListColumn } from '../../../shared/list/index.ts';
import { deleteWebhook, listIds, testWebhook, webhookFetcher } from '../api.ts';
import { useEventTypes } from './common.tsx';
import { WebhookDrawer } from './WebhookDrawer.tsx';
import { WebhookDeliveriesDrawer } from './WebhookDeliveriesDrawer.tsx';

/** Outbound webhooks: subscriptions, a test button and each one's delivery log. */
export function WebhooksTab() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { labelOf } = useEventTypes();
  const [drawer, setDrawer] = useState<{ open: boolean; subscription: WebhookSubscription | null }>({ open: false, subscription: null });
  const [deliveriesOf, setDeliveriesOf] = useState<WebhookSubscription | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.webhooks) });
  const remove = useMutation({ mutationFn: deleteWebhook, onSuccess: () => { feedback.message?.success(t('common.deleted')); void refresh(); } });
  const test = useMutation({
    mutationFn: testWebhook,
    onSuccess: () => {
      feedback.message?.success(t('integration.webhook.tested'));
      void queryClient.invalidateQueries({ queryKey: listQueryKey(listIds.webhookDeliveries) });
    },
  });

  const columns = useMemo<ListColumn<WebhookSubscription>[]>(() => [
    { key: 'name', title: t('integration.webhook.name') },
    { key: 'url', title: t('integration.webhook.url'), ellipsis: true, width: 260, render: (s) => <Typography.Text copyable={{ text: s.url }}>{s.url}</Typography.Text>, exportValue: (s) => s.url },
    {
      key: 'eventTypes',
      title: t('integration.webhook.eventTypes'),
      render: (s) => (
        <Space size={[0, 4]} wrap style={{ maxWidth: 320 }}>
          {s.eventTypes.map((e) => <Tag key={e}>{e === webhookEventWildcard ? t('integration.webhook.allEvents') : labelOf(e)}</Tag>)}
        </Space>
      ),
      exportValue: (s) => s.eventTypes.join(', '),
    },
    {
      key: 'active',
      title: t('integration.webhook.active'),
      render: (s) => <Badge status={s.active ? 'success' : 'default'} text={s.active ? t('common.enabled') : t('common.disabled')} />,
      exportValue: (s) => (s.active ? t('common.enabled') : t('common.disabled')),
    },
    { key: 'secretHint', title: t('integration.webhook.secretHint'), render: (s) => <Typography.Text code>…{s.secretHint}</Typography.Text>, exportable: false },
    { key: 'createdAt', title: t('integration.webhook.createdAt'), defaultHidden: true, render: (s) => formatDateTime(s.createdAt), exportValue: (s) => formatDateTime(s.createdAt) },
    {
      key: 'actions',
      title: t('common.actions'),
      exportable: false,
      render: (s) => (
        <Space size={0} wrap>
          <Button type="link" size="small" onClick={() => setDrawer({ open: true, subscription: s })}>{t('common.edit')}</Button>
          <Button type="link" size="small" loading={test.isPending && test.variables === s.id} onClick={() => test.mutate(s.id)} data-testid="webhook-test">
            {t('integration.webhook.test')}
          </Button>
          <Button type="link" size="small" onClick={() => setDeliveriesOf(s)} data-testid="webhook-deliveries">{t('integration.webhook.deliveries')}</Button>
          <Popconfirm title={t('integration.webhook.confirmDelete')} onConfirm={() => remove.mutate(s.id)}>
            <Button type="link" size="small" danger>{t('common.delete')}</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ], [t, labelOf, test, remove]);

  return (
    <>
      <ListPage<WebhookSubscription>
        listId={listIds.webhooks}
        embedded
        columns={columns}
        fetcher={webhookFetcher}
        rowKey={(s) => s.id}
        paginated={false}
        toolbar={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ open: true, subscription: null })} data-testid="webhook-create">
            {t('integration.webhook.create')}
          </Button>
        }
      />
      <WebhookDrawer
        open={drawer.open}
        subscription={drawer.subscription}
        onClose={() => setDrawer({ open: false, subscription: drawer.subscription })}
        onSaved={(issued) => {
          setDrawer({ open: false, subscription: null });
          feedback.message?.success(t('common.saved'));
          void refresh();
          if (issued) setSecret(issued);
        }}
      />
      <WebhookDeliveriesDrawer subscription={deliveriesOf} onClose={() => setDeliveriesOf(null)} />
      <SecretOnceModal secret={secret} title={t('integration.webhook.secretTitle')} hint={t('integration.webhook.secretHintText')} onClose={() => setSecret(null)} />
    </>
  );
}
