import { Tag } from 'antd';
import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatCents } from '../money.ts';

/** Live 借贷平衡 / 不平衡 (with the difference) under the grid. */
export function BalanceIndicator({ debit, credit }: { debit: bigint; credit: bigint }) {
  const { t } = useTranslation();
  const balanced = debit === credit && debit !== 0n;
  if (debit === 0n && credit === 0n) {
    return <Tag data-testid="voucher-balance" data-balanced="false" style={{ fontSize: 14, padding: '2px 10px' }}>{t('financeLedger.voucher.noAmounts')}</Tag>;
  }
  return balanced ? (
    <Tag color="green" icon={<CheckCircleOutlined />} data-testid="voucher-balance" data-balanced="true" style={{ fontSize: 14, padding: '2px 10px' }}>
      {t('financeLedger.voucher.balanced')}
    </Tag>
  ) : (
    <Tag color="red" icon={<ExclamationCircleOutlined />} data-testid="voucher-balance" data-balanced="false" style={{ fontSize: 14, padding: '2px 10px' }}>
      {t('financeLedger.voucher.unbalanced', { difference: formatCents(debit - credit) })}
    </Tag>
  );
}
