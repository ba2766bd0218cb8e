import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const colors: Record<string, string> = {
  draft: 'default',
  pendingApproval: 'processing',
  rejected: 'error',
  approved: 'cyan',
  confirmed: 'cyan',
  sent: 'processing',
  ordered: 'blue',
  partlyReceived: 'gold',
  received: 'green',
  billed: 'purple',
  posted: 'green',
  partlyPaid: 'gold',
  paid: 'success',
  awarded: 'success',
  closed: 'default',
  cancelled: 'default',
};

interface Props {
  kind: 'request' | 'order' | 'rfq' | 'bill' | 'posted';
  /** Some lists carry the status as plain text; an unknown one is shown as it is. */
  status: string;
}

/** The status of a procurement document, in the words of its own document type. */
export function StatusTag({ kind, status, testId }: Props & { testId?: string }) {
  const { t } = useTranslation();
  return <Tag color={colors[status] ?? 'default'} data-testid={testId} data-status={status}>{t(`procurement.status.${kind}.${status}`, { defaultValue: status })}</Tag>;
}
