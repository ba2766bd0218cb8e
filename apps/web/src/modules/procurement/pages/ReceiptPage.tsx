import { Alert, Button, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { getReceipt, procurementKeys, type ReceiptLine } from '../api.ts';
import { compareDecimal, formatPrice, formatQty, rateLabel } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { VoucherRef } from '../components/VoucherRef.tsx';

/** 采购入库单 detail: what came in, at what cost, its voucher, and returns from it. */
export default function ReceiptPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const receipt = useQuery({ queryKey: procurementKeys.receipt(id), queryFn: () => getReceipt(id) });
  if (receipt.isPending) return <FullPageSpin />;
  if (!receipt.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const r = receipt.data;
  const returnable = r.status === 'posted' && r.lines.some((l) => compareDecimal(l.quantity, l.returnedQty) > 0);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card
          title={<Space>{t('procurement.receipts.viewTitle')}<Typography.Text data-testid="receipt-number">{r.number}</Typography.Text><StatusTag kind="posted" status={r.status} testId="receipt-status" /></Space>}
          extra={(
            <Space wrap>
              {returnable && can('procurement.receive') ? (
                <Button onClick={() => navigate(`/procurement/returns/new?receiptId=${r.id}`)} data-testid="receipt-return">{t('procurement.receipts.returnGoods')}</Button>
              ) : null}
              <Button icon={<PrinterOutlined />} onClick={() => navigate(`/procurement/receipts/${r.id}/print`)} data-testid="receipt-print">{t('procurement.common.print')}</Button>
            </Space>
          )}
          data-testid="receipt-page"
        >
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('procurement.common.supplier')}>{r.supplierName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.receipts.receiptDate')}>{formatDate(r.receiptDate)}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.receipts.order')}><Link to={`/procurement/orders/${r.orderId}`}>{r.orderNumber ?? '-'}</Link></Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.warehouse')}>{r.warehouseName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.receipts.receivedBy')}>{r.receivedByName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.voucher')}>
              {r.voucherId ? <VoucherRef id={r.voucherId} number={r.voucherNumber} testId="receipt-voucher" /> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.net')}><Money value={r.netAmount} strong testId="receipt-net" /></Descriptions.Item>
            {r.note ? <Descriptions.Item label={t('procurement.common.note')} span={2}>{r.note}</Descriptions.Item> : null}
          </Descriptions>
          <Table<ReceiptLine>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={r.lines}
            style={{ marginTop: 16 }}
            data-testid="receipt-lines"
            columns={[
              { title: '#', width: 40, render: (_v, _l, i) => i + 1 },
              { title: t('procurement.common.item'), render: (_v, l) => `${l.itemCode ?? ''} ${l.itemName ?? ''}`.trim() },
              { title: t('procurement.common.unit'), render: (_v, l) => l.unitName ?? '' },
              { title: t('procurement.common.quantity'), align: 'right', render: (_v, l) => formatQty(l.quantity) },
              { title: t('procurement.receipts.unitCost'), align: 'right', render: (_v, l) => formatPrice(l.unitCost) },
              { title: t('procurement.common.taxRate'), align: 'right', render: (_v, l) => rateLabel(l.taxRate) },
              { title: t('procurement.common.net'), align: 'right', render: (_v, l) => <Money value={l.net} /> },
              { title: t('procurement.orders.returnedQty'), align: 'right', render: (_v, l) => formatQty(l.returnedQty) },
              { title: t('procurement.orders.billedQty'), align: 'right', render: (_v, l) => formatQty(l.billedQty) },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DocumentChainPanel type="purchaseReceipt" id={r.id} />
      </Col>
    </Row>
  );
}
