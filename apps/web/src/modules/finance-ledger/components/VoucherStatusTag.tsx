import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VoucherSummary } from '../api.ts';

const colors = { draft: 'default', pendingApproval: 'orange', posted: 'green' } as const;

/** 草稿 / 待审批 / 已过账, plus 已冲销 on a reversed voucher and 冲销凭证 on the red-ink one. */
export function VoucherStatusTag({ voucher }: { voucher: Pick<VoucherSummary, 'status' | 'reversedById' | 'reversalOfId'> }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap data-testid="voucher-status">
      <Tag color={colors[voucher.status]}>{t(`financeLedger.status.${voucher.status}`)}</Tag>
      {voucher.reversedById ? <Tag color="red">{t('financeLedger.status.reversed')}</Tag> : null}
      {voucher.reversalOfId ? <Tag color="magenta">{t('financeLedger.status.reversal')}</Tag> : null}
    </Space>
  );
}
