import { Alert, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Table, Tabs, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate } from '../../../shared/format.ts';
import { cancelRfq, getRfq, procurementKeys, sendRfq, type Rfq } from '../api.ts';
import { Money } from '../components/Money.tsx';
import { QuoteComparison } from '../components/QuoteComparison.tsx';
import { QuoteEntry } from '../components/QuoteEntry.tsx';
import { StatusTag } from '../components/StatusTag.tsx';
import { useUrlChoice } from '../components/UrlTabs.tsx';

const tabs = ['quotes', 'comparison'] as const;

/** 询价单 detail: enter each supplier's quote, compare them side by side, award the chosen ones. */
export default function RfqPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [tab, setTab] = useUrlChoice('tab', tabs);
  const rfq = useQuery({ queryKey: procurementKeys.rfq(id), queryFn: () => getRfq(id) });

  const refresh = (updated: Rfq) => {
    queryClient.setQueryData(procurementKeys.rfq(id), updated);
    void queryClient.invalidateQueries({ queryKey: procurementKeys.comparison(id) });
    void queryClient.invalidateQueries({ queryKey: ['list'] });
    void queryClient.invalidateQueries({ queryKey: ['links'] });
  };
  const send = useMutation({ mutationFn: () => sendRfq(id), onSuccess: (r) => { feedback.message?.success(t('procurement.rfqs.sent')); refresh(r); } });
  const cancel = useMutation({ mutationFn: () => cancelRfq(id), onSuccess: (r) => { feedback.message?.success(t('procurement.common.cancelled')); refresh(r); } });

  if (rfq.isPending) return <FullPageSpin />;
  if (!rfq.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const r = rfq.data;
  const canOrder = can('procurement.order');
  const open = r.status === 'draft' || r.status === 'sent';

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={18}>
        <Card
          title={<Space>{t('procurement.rfqs.viewTitle')}<Typography.Text data-testid="rfq-number">{r.number}</Typography.Text><StatusTag kind="rfq" status={r.status} testId="rfq-status" /></Space>}
          extra={canOrder && open ? (
            <Space wrap>
              {r.status === 'draft' ? <Button type="primary" loading={send.isPending} onClick={() => send.mutate()} data-testid="rfq-send">{t('procurement.rfqs.send')}</Button> : null}
              <Popconfirm title={t('procurement.common.confirmCancel')} onConfirm={() => cancel.mutate()}>
                <Button danger loading={cancel.isPending} data-testid="rfq-cancel">{t('procurement.common.cancelDoc')}</Button>
              </Popconfirm>
            </Space>
          ) : null}
          data-testid="rfq-page"
        >
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('procurement.rfqs.titleField')}>{r.title}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.rfqs.deadline')}>{formatDate(r.deadline) || '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.rfqs.request')}>{r.requestId ? <Link to={`/procurement/requests/${r.requestId}`}>{r.requestNumber ?? '-'}</Link> : '-'}</Descriptions.Item>
            <Descriptions.Item label={t('procurement.rfqs.suppliers')} span={3}>{r.suppliers.map((s) => s.name).join('、')}</Descriptions.Item>
          </Descriptions>
          {r.orders.length > 0 ? (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={r.orders}
              style={{ marginTop: 12 }}
              title={() => <Typography.Text strong>{t('procurement.rfqs.awardedOrders')}</Typography.Text>}
              data-testid="rfq-orders"
              columns={[
                { title: t('procurement.common.number'), render: (_v, o) => <Link to={`/procurement/orders/${o.id}`}>{o.number}</Link> },
                { title: t('procurement.common.supplier'), render: (_v, o) => r.suppliers.find((s) => s.id === o.supplierId)?.name ?? '-' },
                { title: t('procurement.common.gross'), align: 'right', render: (_v, o) => <Money value={o.grossAmount} /> },
              ]}
            />
          ) : null}
          <Tabs
            style={{ marginTop: 12 }}
            activeKey={tab}
            onChange={(k) => setTab(k as (typeof tabs)[number])}
            items={[
              { key: 'quotes', label: <span data-testid="rfq-tab-quotes">{t('procurement.rfqs.quoteEntry')}</span>, children: <QuoteEntry rfq={r} editable={canOrder && open} onSaved={refresh} /> },
              { key: 'comparison', label: <span data-testid="rfq-tab-comparison">{t('procurement.rfqs.comparison')}</span>, children: <QuoteComparison rfq={r} canAward={canOrder && open} onAwarded={refresh} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={6}>
        <DocumentChainPanel type="rfq" id={r.id} />
      </Col>
    </Row>
  );
}
