import { Checkbox, Drawer, Form, Input, Select, Switch } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { webhookCreateBody, webhookEventWildcard, webhookUpdateBody, type WebhookSubscription } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { SchemaField, SchemaForm, DrawerFooter } from '../../../shared/form/index.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { createWebhook, updateWebhook } from '../api.ts';
import { useEventTypes } from './common.tsx';

interface Props {
  open: boolean;
  subscription: WebhookSubscription | null;
  onClose: () => void;
  /** `secret` is set when the server issued one (creation or rotation): shown once. */
  onSaved: (secret: string | null) => void;
}

export function WebhookDrawer({ open, subscription, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const mobile = useIsMobile();
  const [form] = Form.useForm<Record<string, unknown>>();
  const eventTypes = useEventTypes();
  const create = useMutation({ mutationFn: createWebhook, onSuccess: (r) => onSaved(r.secret) });
  const update = useMutation({
    mutationFn: (body: Parameters<typeof updateWebhook>[1]) => updateWebhook(subscription?.id ?? '', body),
    onSuccess: (r) => onSaved(r.secret),
  });
  const options = [
    { value: webhookEventWildcard, label: t('integration.webhook.allEvents') },
    ...(eventTypes.data ?? []).map((e) => ({ value: e.type, label: `${eventTypes.labelOf(e.type)} (${e.type})` })),
  ];

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={subscription ? t('integration.webhook.edit') : t('integration.webhook.create')}
      size={mobile ? '100%' : 560}
      destroyOnHidden
      footer={<DrawerFooter onCancel={onClose} onSave={() => form.submit()} saving={create.isPending || update.isPending} />}
    >
      <SchemaForm
        key={subscription?.id ?? 'new'}
        schema={subscription ? webhookUpdateBody : webhookCreateBody}
        form={form}
        initialValues={subscription
          ? { name: subscription.name, url: subscription.url, eventTypes: subscription.eventTypes, active: subscription.active, rotateSecret: false }
          : { eventTypes: [], active: true }}
        onSubmit={(data) => (subscription ? update.mutateAsync(data) : create.mutateAsync(data as Parameters<typeof createWebhook>[0]))}
        data-testid="webhook-form"
      >
        <SchemaField name="name" label={t('integration.webhook.name')}><Input data-testid="webhook-name" /></SchemaField>
        <SchemaField name="url" label={t('integration.webhook.url')} extra={t('integration.webhook.urlHelp')}>
          <Input placeholder="https://" data-testid="webhook-url" />
        </SchemaField>
        <SchemaField name="eventTypes" label={t('integration.webhook.eventTypes')}>
          <Select mode="multiple" allowClear loading={eventTypes.isPending} options={options} showSearch={{ optionFilterProp: 'label' }} data-testid="webhook-event-types" />
        </SchemaField>
        <SchemaField name="active" label={t('integration.webhook.active')} valuePropName="checked"><Switch /></SchemaField>
        {subscription ? (
          <SchemaField name="rotateSecret" valuePropName="checked">
            <Checkbox>{t('integration.webhook.rotateSecret')}</Checkbox>
          </SchemaField>
        ) : null}
      </SchemaForm>
    </Drawer>
  );
}
