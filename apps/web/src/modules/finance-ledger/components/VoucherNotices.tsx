import { Alert, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VoucherDetail } from '../api.ts';

/** What the reader must know before touching a saved voucher: posted, reversed, in approval. */
export function VoucherNotices({ voucher }: { voucher: VoucherDetail }) {
  const { t } = useTranslation();
  const notices = [];
  if (voucher.status === 'posted' && !voucher.reversalOfId) notices.push(<Alert key="ro" type="info" showIcon title={t('financeLedger.voucher.readOnly')} />);
  if (voucher.status === 'pendingApproval') {
    notices.push(
      <Alert key="approval" type="warning" showIcon title={t('financeLedger.voucher.pendingApproval')}
        action={voucher.approval ? <Link to={`/approval/instances/${voucher.approval.instanceId}`}>{t('financeLedger.voucher.viewApproval')}</Link> : null} />,
    );
  }
  if (voucher.reversedById) {
    notices.push(
      <Alert key="reversed" type="error" showIcon data-testid="voucher-reversed-by"
        title={<>{t('financeLedger.voucher.reversedBy')}<Link to={`/finance/vouchers/${voucher.reversedById}`} data-testid="voucher-reversal-link">{t('financeLedger.voucher.viewReversal')}</Link></>} />,
    );
  }
  if (voucher.reversalOfId) {
    notices.push(
      <Alert key="reversal" type="warning" showIcon data-testid="voucher-reversal-of"
        title={<>{t('financeLedger.voucher.reversalOf')}<Link to={`/finance/vouchers/${voucher.reversalOfId}`} data-testid="voucher-original-link">{t('financeLedger.voucher.viewOriginal')}</Link></>} />,
    );
  }
  if (notices.length === 0) return null;
  return <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }} className="fl-no-print">{notices}</Space>;
}
