import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { documentRoute } from '../../../shared/chain/index.ts';
import type { VoucherSummary } from '../api.ts';

/** 来源单据: the business document that posted this voucher, linked when a module shows that type. */
export function SourceLink({ voucher }: { voucher: VoucherSummary }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" data-testid="voucher-source">
      {t('financeLedger.voucher.source')}<SourceNumber voucher={voucher} />
    </Typography.Text>
  );
}

/** The source document's number, linked when a module shows that document type. */
export function SourceNumber({ voucher }: { voucher: VoucherSummary }) {
  const route = voucher.sourceType && voucher.sourceId ? documentRoute(voucher.sourceType, voucher.sourceId) : null;
  return route ? <Link to={route}>{voucher.sourceNumber}</Link> : <>{voucher.sourceNumber}</>;
}
