import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenItemStatus, PaymentStatus } from '../api.ts';

const paymentColors: Record<PaymentStatus, string> = {
  draft: 'default', pendingApproval: 'processing', approved: 'cyan', rejected: 'error', executed: 'success', cancelled: 'default',
};
const openColors: Record<OpenItemStatus, string> = { open: 'orange', partial: 'gold', settled: 'green' };

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  const { t } = useTranslation();
  return <Tag color={paymentColors[status]} data-testid="payment-status">{t(`financeCash.payments.status.${status}`)}</Tag>;
}

export function OpenItemStatusTag({ status }: { status: OpenItemStatus }) {
  const { t } = useTranslation();
  return <Tag color={openColors[status]}>{t(`financeCash.openItems.status.${status}`)}</Tag>;
}
