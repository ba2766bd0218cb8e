import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstanceStatus } from '../api.ts';

const colors: Record<InstanceStatus, string> = { running: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default', returned: 'warning' };

export function StatusTag({ status }: { status: InstanceStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status] ?? 'default'} data-testid="approval-status">{t(`approval.status.${status}`)}</Tag>;
}
