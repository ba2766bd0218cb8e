import { Alert, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { getReturn, procurementKeys, type ReturnLine } from '../api.ts';
import { formatPrice, formatQty } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { VoucherRef } from '../components/VoucherRef.tsx';

/** 采购退货单 detail. */
export default function ReturnPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ret = useQuery({ queryKey: procurementKeys.return(id), queryFn: () => getReturn(id) });
  if (ret.isPending) return <FullPageSpin />;
  if (!ret.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const r = ret.data;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card title={<Space>{t('procurement.returns.viewTitle')}<Typography.Text data-testid="return-number">{r.number}</Typography.Text><StatusTag kind="posted" status={r.status} /></Space>} data-testid="return-page">
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('procurement.common.supplier')}>{r.supplierName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.returns.returnDate')}>{formatDate(r.returnDate)}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.returns.receipt')}><Link to={`/procurement/receipts/${r.receiptId}`}>{r.receiptNumber ?? '-'}</Link></Descriptions.Item>
            <Descriptions.Item label={t('procurement.receipts.order')}><Link to={`/procurement/orders/${r.orderId}`}>{t('procurement.common.open')}</Link></Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.voucher')}>
              {r.voucherId ? <VoucherRef id={r.voucherId} number={r.voucherNumber} testId="return-voucher" /> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.net')}><Money value={r.netAmount} strong /></Descriptions.Item>
            <Descriptions.Item label={t('procurement.returns.reason')} span={3}>{r.reason}</Descriptions.Item>
          </Descriptions>
          <Table<ReturnLine>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.lines}
            style={{ marginTop: 16 }}
            columns={[
              { title: '#', width: 40, render: (_v, _l, i) => i + 1 },
              { title: t('procurement.common.item'), render: (_v, l) => `${l.itemCode ?? ''} ${l.itemName ?? ''}`.trim() },
              { title: t('procurement.common.unit'), render: (_v, l) => l.unitName ?? '' },
              { title: t('procurement.common.quantity'), align: 'right', render: (_v, l) => formatQty(l.quantity) },
              { title: t('procurement.receipts.unitCost'), align: 'right', render: (_v, l) => formatPrice(l.unitCost) },
              { title: t('procurement.common.net'), align: 'right', render: (_v, l) => <Money value={l.net} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DocumentChainPanel type="purchaseReturn" id={r.id} />
      </Col>
    </Row>
  );
}
