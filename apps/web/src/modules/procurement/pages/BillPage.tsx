import { Alert, Card, Col, Descriptions, Row, Space, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { getBill, procurementKeys, type SupplierBill } from '../api.ts';
import { formatPrice, formatQty, rateLabel, subtract } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { VoucherRef } from '../components/VoucherRef.tsx';

type BillLine = SupplierBill['lines'][number];

const paymentReaders = ['finance.payment.request', 'finance.payment.execute', 'finance.arap.read'];

/** 供应商发票 detail: the matched lines, the voucher, the payment request and what is paid. */
export default function BillPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const bill = useQuery({ queryKey: procurementKeys.bill(id), queryFn: () => getBill(id), staleTime: 0 });
  if (bill.isPending) return <FullPageSpin />;
  if (!bill.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const b = bill.data;

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card title={<Space>{t('procurement.bills.viewTitle')}<Typography.Text data-testid="bill-number">{b.number}</Typography.Text><StatusTag kind="bill" status={b.status} testId="bill-status" /></Space>} data-testid="bill-page">
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('procurement.common.supplier')}>{b.supplierName}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.bills.invoiceNo')}>{b.invoiceNo ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.bills.billDate')}>{formatDate(b.billDate)}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.bills.dueDate')}>{formatDate(b.dueDate) || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.voucher')}>
              {b.voucherId ? <VoucherRef id={b.voucherId} number={b.voucherNumber} testId="bill-voucher" /> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('procurement.bills.payment')}>
              {b.paymentId ? (can(paymentReaders)
                ? <Link to={`/finance/payments/${b.paymentId}`} data-testid="bill-payment">{b.paymentNumber ?? t('procurement.common.open')}</Link>
                : <span data-testid="bill-payment">{b.paymentNumber}</span>) : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('procurement.bills.createdBy')}>{b.createdByName ?? '-'}</Descriptions.Item>
            {b.note ? <Descriptions.Item label={t('procurement.common.note')} span={2}>{b.note}</Descriptions.Item> : null}
          </Descriptions>
          <Table<BillLine>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={b.lines}
            style={{ marginTop: 16 }}
            data-testid="bill-lines"
            columns={[
              { title: t('procurement.bills.receipt'), render: (_v, l) => <Link to={`/procurement/receipts/${l.receiptId}`}>{l.receiptNumber}</Link> },
              { title: t('procurement.receipts.order'), render: (_v, l) => <Link to={`/procurement/orders/${l.orderId}`}>{l.orderNumber}</Link> },
              { title: t('procurement.common.item'), render: (_v, l) => `${l.itemCode} ${l.itemName}` },
              { title: t('procurement.common.unit'), dataIndex: 'unitName' },
              { title: t('procurement.common.quantity'), align: 'right', render: (_v, l) => formatQty(l.quantity) },
              { title: t('procurement.bills.price'), align: 'right', render: (_v, l) => formatPrice(l.price) },
              { title: t('procurement.common.taxRate'), align: 'right', render: (_v, l) => rateLabel(l.taxRate) },
              { title: t('procurement.common.net'), align: 'right', render: (_v, l) => <Money value={l.net} /> },
              { title: t('procurement.common.tax'), align: 'right', render: (_v, l) => <Money value={l.tax} /> },
              { title: t('procurement.common.gross'), align: 'right', render: (_v, l) => <Money value={l.gross} /> },
              { title: t('procurement.bills.variance'), align: 'right', render: (_v, l) => <Money value={subtract(l.net, l.receivedNet)} /> },
            ]}
          />
          <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('procurement.common.gross')}><Money value={b.grossAmount} strong testId="bill-gross" /></Descriptions.Item>
            <Descriptions.Item label={t('procurement.bills.paidAmount')}><Money value={b.paidAmount} testId="bill-paid" /></Descriptions.Item>
            <Descriptions.Item label={t('procurement.bills.openAmount')}><Money value={subtract(b.grossAmount, b.paidAmount)} strong /></Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DocumentChainPanel type="supplierBill" id={b.id} />
      </Col>
    </Row>
  );
}
