import { useState } from 'react';
import { Button, Modal, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { DeliveryStatus } from '@triad/contracts';
import { useTranslation } from 'react-i18next';
import { integrationKeys, listEventTypes } from '../api.ts';

const statusColors: Record<DeliveryStatus, string> = { pending: 'processing', succeeded: 'success', failed: 'warning', dead: 'error' };

export function StatusTag({ status }: { status: DeliveryStatus }) {
  const { t } = useTranslation();
  return <Tag color={statusColors[status]}>{t(`integration.status.${status}`)}</Tag>;
}

export const deliveryStatuses: DeliveryStatus[] = ['pending', 'succeeded', 'failed', 'dead'];

/** Event types with their names in the UI language. */
export function useEventTypes() {
  const { i18n } = useTranslation();
  const query = useQuery({ queryKey: integrationKeys.eventTypes, queryFn: listEventTypes, staleTime: 10 * 60_000 });
  const labelOf = (type: string) => {
    const info = query.data?.find((e) => e.type === type);
    if (!info) return type;
    return i18n.language === 'en-US' ? info.label['en-US'] : info.label['zh-CN'];
  };
  return { ...query, labelOf };
}

/** Shows a JSON payload, pretty-printed, in a modal. */
export function PayloadButton({ payload, title }: { payload: unknown; title: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" size="small" onClick={() => setOpen(true)}>{t('common.view')}</Button>
      <Modal open={open} title={title} onCancel={() => setOpen(false)} footer={null} width={720}>
        <Typography.Paragraph copyable={{ text: JSON.stringify(payload, null, 2) }}>
          <pre style={{ maxHeight: 480, overflow: 'auto', background: '#f6f8fa', padding: 12, borderRadius: 6, fontSize: 12 }}>
            {JSON.stringify(payload, null, 2)}
          </pre>
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
