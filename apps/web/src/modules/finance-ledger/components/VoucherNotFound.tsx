import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

export function VoucherNotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result status="404" title={t('financeLedger.voucher.notFound')}
      extra={<Button onClick={() => navigate('/finance/vouchers')}>{t('financeLedger.voucher.back')}</Button>} />
  );
}
