import { Alert, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { cancelRequest, getRequest, procurementKeys, submitRequest, type OrderRef, type PurchaseRequest, type RequestLine } from '../api.ts';
import { formatPrice, formatQty, subtract } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { RequestSteps } from '../components/RequestSteps.tsx';
import { StatusTag } from '../components/StatusTag.tsx';

/** 采购申请 detail: where the request stands (approval, orders, arrival, bill, payment) and its chain. */
export default function RequestPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me, can } = useAuth();
  const queryClient = useQueryClient();
  // The status moves on with other people's work (approval, receipts, payment): always re-read it.
  const request = useQuery({ queryKey: procurementKeys.request(id), queryFn: () => getRequest(id), staleTime: 0 });

  const refresh = (updated: PurchaseRequest) => {
    queryClient.setQueryData(procurementKeys.request(id), updated);
    void queryClient.invalidateQueries({ queryKey: ['list'] });
    void queryClient.invalidateQueries({ queryKey: ['links'] });
  };
  const submit = useMutation({ mutationFn: () => submitRequest(id), onSuccess: (r) => { feedback.message?.success(t('procurement.requests.submitted')); refresh(r); } });
  const cancel = useMutation({ mutationFn: () => cancelRequest(id), onSuccess: (r) => { feedback.message?.success(t('procurement.common.cancelled')); refresh(r); } });

  if (request.isPending) return <FullPageSpin />;
  if (!request.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const r = request.data;
  const mine = me?.user.id === r.requesterId;
  const editable = r.canEdit && (r.status === 'draft' || r.status === 'rejected');
  const cancellable = (mine || can('procurement.order')) && ['draft', 'rejected', 'pendingApproval'].includes(r.status);

  const actions = (
    <Space wrap>
      {editable ? <Button onClick={() => navigate(`/procurement/requests/${r.id}/edit`)} data-testid="request-edit">{t('procurement.common.edit')}</Button> : null}
      {editable ? <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate()} data-testid="request-submit">{t('procurement.common.submit')}</Button> : null}
      {cancellable ? (
        <Popconfirm title={t('procurement.common.confirmCancel')} onConfirm={() => cancel.mutate()}>
          <Button danger loading={cancel.isPending} data-testid="request-cancel">{t('procurement.common.cancelDoc')}</Button>
        </Popconfirm>
      ) : null}
    </Space>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card
          title={<Space>{t('procurement.requests.viewTitle')}<Typography.Text data-testid="request-number">{r.number}</Typography.Text><StatusTag kind="request" status={r.status} testId="request-status" /></Space>}
          extra={actions}
          data-testid="request-page"
        >
          {r.status === 'pendingApproval' && r.approval ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={<Link to={`/approval/instances/${r.approval.instanceId}`} data-testid="request-approval-link">{t('procurement.requests.inApproval')}</Link>}
            />
          ) : null}
          {r.status === 'rejected' ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('procurement.requests.rejectedHint')} /> : null}
          <div style={{ margin: '8px 0 24px' }}><RequestSteps status={r.status} /></div>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('procurement.requests.requester')}>{r.requesterName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.requests.department')}>{r.departmentName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.requests.neededBy')}>{formatDate(r.neededBy) || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.requests.estimatedAmount')}><Money value={r.estimatedAmount} strong testId="request-amount" /></Descriptions.Item>
            <Descriptions.Item label={t('procurement.requests.deliverTo')}>{r.warehouseName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.requests.approval')}>
              {r.approval ? <Link to={`/approval/instances/${r.approval.instanceId}`}>{r.approvedAt ? formatDateTime(r.approvedAt) : t('procurement.requests.viewApproval')}</Link> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('procurement.requests.purpose')} span={3}>{r.purpose}</Descriptions.Item>
            {r.note ? <Descriptions.Item label={t('procurement.common.note')} span={3}>{r.note}</Descriptions.Item> : null}
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('procurement.common.lines')}</Typography.Title>
          <Table<RequestLine>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={r.lines}
            data-testid="request-lines"
            columns={[
              { title: '#', width: 40, dataIndex: 'lineNo' },
              { title: t('procurement.common.item'), render: (_v, l) => (
                <>
                  {`${l.itemCode ?? ''} ${l.itemName ?? ''}`.trim()}
                  {l.spec ? <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{l.spec}</Typography.Text> : null}
                </>
              ) },
              { title: t('procurement.common.unit'), render: (_v, l) => l.unitName ?? '' },
              { title: t('procurement.common.quantity'), align: 'right', render: (_v, l) => formatQty(l.quantity) },
              { title: t('procurement.requests.estimatedPrice'), align: 'right', render: (_v, l) => formatPrice(l.estimatedPrice) || '-' },
              { title: t('procurement.common.amount'), align: 'right', render: (_v, l) => <Money value={l.amount} /> },
              { title: t('procurement.requests.preferredSupplier'), render: (_v, l) => l.supplierName ?? '-' },
              { title: t('procurement.requests.orderedQty'), align: 'right', render: (_v, l) => formatQty(l.orderedQty) },
              { title: t('procurement.requests.receivedQty'), align: 'right', render: (_v, l) => formatQty(subtract(l.receivedQty, l.returnedQty)) },
              { title: t('procurement.requests.billedQty'), align: 'right', render: (_v, l) => formatQty(l.billedQty) },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('procurement.requests.relatedOrders')}</Typography.Title>
          <Table<OrderRef>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={r.orders ?? []}
            locale={{ emptyText: t('procurement.requests.noOrders') }}
            data-testid="request-orders"
            columns={[
              { title: t('procurement.common.number'), render: (_v, o) => (can(['procurement.read', 'procurement.order']) ? <Link to={`/procurement/orders/${o.id}`}>{o.number}</Link> : o.number) },
              { title: t('procurement.common.supplier'), render: (_v, o) => o.supplierName ?? '-' },
              { title: t('procurement.common.status'), render: (_v, o) => <StatusTag kind="order" status={o.status} /> },
              { title: t('procurement.common.gross'), align: 'right', render: (_v, o) => <Money value={o.grossAmount} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DocumentChainPanel type="purchaseRequest" id={r.id} />
      </Col>
    </Row>
  );
}
