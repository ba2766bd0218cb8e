import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockCountStatus } from '../api.ts';

const colors: Record<StockCountStatus, string> = { counting: 'processing', posted: 'success', cancelled: 'default' };

export function CountStatusTag({ status }: { status: StockCountStatus }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]} data-testid="count-status">{t(`inventory.counts.statuses.${status}`)}</Tag>;
}
