import { Alert, Button, Card, Col, Descriptions, Popconfirm, Progress, Row, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { cancelOrder, closeOrder, getOrder, procurementKeys, submitOrder, type OrderLine, type OrderReceiptRef, type PurchaseOrder } from '../api.ts';
import { formatPrice, formatQty, percentOf, rateLabel, subtract } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';

const receivable = ['confirmed', 'partlyReceived'];

/** Received net of returns, against the ordered quantity. */
const netReceived = (l: OrderLine) => subtract(l.receivedQty, l.returnedQty);

function progressOf(lines: OrderLine[], part: (l: OrderLine) => string): number {
  const done = lines.reduce((acc, l) => acc + Math.min(percentOf(part(l), l.quantity), 100), 0);
  return lines.length === 0 ? 0 : Math.round(done / lines.length);
}

/** 采购订单 detail: approval, what has arrived and been billed per line, receive and print. */
export default function OrderPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const order = useQuery({ queryKey: procurementKeys.order(id), queryFn: () => getOrder(id), staleTime: 0 });

  const refresh = (updated: PurchaseOrder) => {
    queryClient.setQueryData(procurementKeys.order(id), updated);
    void queryClient.invalidateQueries({ queryKey: ['list'] });
    void queryClient.invalidateQueries({ queryKey: ['links'] });
  };
  const submit = useMutation({ mutationFn: () => submitOrder(id), onSuccess: (o) => { feedback.message?.success(t('procurement.orders.submitted')); refresh(o); } });
  const cancel = useMutation({ mutationFn: () => cancelOrder(id), onSuccess: (o) => { feedback.message?.success(t('procurement.common.cancelled')); refresh(o); } });
  const close = useMutation({ mutationFn: () => closeOrder(id), onSuccess: (o) => { feedback.message?.success(t('procurement.orders.closed')); refresh(o); } });

  if (order.isPending) return <FullPageSpin />;
  if (!order.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const o = order.data;
  const canOrder = can('procurement.order');
  const draft = o.status === 'draft' || o.status === 'rejected';

  const actions = (
    <Space wrap>
      {draft && canOrder ? <Button onClick={() => navigate(`/procurement/orders/${o.id}/edit`)} data-testid="order-edit">{t('procurement.common.edit')}</Button> : null}
      {draft && canOrder ? <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate()} data-testid="order-submit">{t('procurement.common.submit')}</Button> : null}
      {receivable.includes(o.status) && can('procurement.receive') ? (
        <Button type="primary" onClick={() => navigate(`/procurement/receipts/new?orderId=${o.id}`)} data-testid="order-receive">{t('procurement.orders.receive')}</Button>
      ) : null}
      <Button icon={<PrinterOutlined />} onClick={() => navigate(`/procurement/orders/${o.id}/print`)} data-testid="order-print">{t('procurement.common.print')}</Button>
      {o.status === 'partlyReceived' && canOrder ? (
        <Popconfirm title={t('procurement.orders.confirmClose')} onConfirm={() => close.mutate()}>
          <Button loading={close.isPending} data-testid="order-close">{t('procurement.orders.close')}</Button>
        </Popconfirm>
      ) : null}
      {['draft', 'rejected', 'pendingApproval', 'confirmed'].includes(o.status) && canOrder ? (
        <Popconfirm title={t('procurement.common.confirmCancel')} onConfirm={() => cancel.mutate()}>
          <Button danger loading={cancel.isPending} data-testid="order-cancel">{t('procurement.common.cancelDoc')}</Button>
        </Popconfirm>
      ) : null}
    </Space>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card
          title={<Space>{t('procurement.orders.viewTitle')}<Typography.Text data-testid="order-number">{o.number}</Typography.Text><StatusTag kind="order" status={o.status} testId="order-status" /></Space>}
          extra={actions}
          data-testid="order-page"
        >
          {o.status === 'pendingApproval' && o.approval ? (
            <Alert type="info" showIcon style={{ marginBottom: 16 }} title={<Link to={`/approval/instances/${o.approval.instanceId}`} data-testid="order-approval-link">{t('procurement.orders.inApproval')}</Link>} />
          ) : null}
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('procurement.common.supplier')}>{o.supplierName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.orders.orderDate')}>{formatDate(o.orderDate)}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.expectedDate')}>{formatDate(o.expectedDate) || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.warehouse')}>{o.warehouseName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.orders.buyer')}>{o.buyerName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.orders.source')}>
              {o.requestId ? <Link to={`/procurement/requests/${o.requestId}`}>{o.requestNumber ?? t('procurement.orders.fromRequest')}</Link> : o.rfqId ? <Link to={`/procurement/rfqs/${o.rfqId}`}>{t('procurement.orders.fromRfq')}</Link> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.net')}><Money value={o.netAmount} /></Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.tax')}><Money value={o.taxAmount} /></Descriptions.Item>
            <Descriptions.Item label={t('procurement.common.gross')}><Money value={o.grossAmount} strong testId="order-gross" /></Descriptions.Item>
            {o.note ? <Descriptions.Item label={t('procurement.common.note')} span={3}>{o.note}</Descriptions.Item> : null}
          </Descriptions>
          <Row gutter={24} style={{ marginTop: 16 }}>
            <Col xs={24} md={12}>
              <Typography.Text type="secondary">{t('procurement.orders.receivedProgress')}</Typography.Text>
              <Progress percent={progressOf(o.lines, netReceived)} data-testid="order-received-progress" />
            </Col>
            <Col xs={24} md={12}>
              <Typography.Text type="secondary">{t('procurement.orders.billedProgress')}</Typography.Text>
              <Progress percent={progressOf(o.lines, (l) => l.billedQty)} strokeColor="#722ed1" data-testid="order-billed-progress" />
            </Col>
          </Row>
          <Table<OrderLine>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={o.lines}
            style={{ marginTop: 16 }}
            data-testid="order-lines"
            columns={[
              { title: '#', width: 40, dataIndex: 'lineNo' },
              { title: t('procurement.common.item'), render: (_v, l) => `${l.itemCode ?? ''} ${l.itemName ?? ''}`.trim() },
              { title: t('procurement.common.unit'), render: (_v, l) => l.unitName ?? '' },
              { title: t('procurement.common.quantity'), align: 'right', render: (_v, l) => formatQty(l.quantity) },
              { title: t('procurement.common.price'), align: 'right', render: (_v, l) => formatPrice(l.price) },
              { title: t('procurement.common.taxRate'), align: 'right', render: (_v, l) => rateLabel(l.taxRate) },
              { title: t('procurement.common.gross'), align: 'right', render: (_v, l) => <Money value={l.gross} /> },
              { title: t('procurement.orders.receivedQty'), align: 'right', render: (_v, l) => formatQty(l.receivedQty) },
              { title: t('procurement.orders.returnedQty'), align: 'right', render: (_v, l) => formatQty(l.returnedQty) },
              { title: t('procurement.orders.billedQty'), align: 'right', render: (_v, l) => formatQty(l.billedQty) },
              { title: t('procurement.common.expectedDate'), render: (_v, l) => formatDate(l.expectedDate) || '-' },
            ]}
          />
          {o.receipts.length > 0 ? (
            <Table<OrderReceiptRef>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={o.receipts}
              style={{ marginTop: 16 }}
              title={() => <Typography.Text strong>{t('procurement.orders.receipts')}</Typography.Text>}
              data-testid="order-receipts"
              columns={[
                { title: t('procurement.common.number'), render: (_v, d) => <Link to={`/procurement/receipts/${d.id}`}>{d.number}</Link> },
                { title: t('procurement.receipts.receiptDate'), render: (_v, d) => formatDate(d.date) },
                { title: t('procurement.common.net'), align: 'right', render: (_v, d) => <Money value={d.netAmount} /> },
              ]}
            />
          ) : null}
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DocumentChainPanel type="purchaseOrder" id={o.id} />
      </Col>
    </Row>
  );
}
