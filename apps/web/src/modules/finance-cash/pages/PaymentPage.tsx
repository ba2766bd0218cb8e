import { useState } from 'react';
import { Alert, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { formatDate, formatDateTime } from '../../../shared/format.ts';
import { cancelPayment, executePayment, financeCashKeys, getPayment, submitPayment, type Allocation, type Payment } from '../api.ts';
import { ExecuteDialog } from '../components/ExecuteDialog.tsx';
import { Money } from '../components/Money.tsx';
import { PaymentStatusTag } from '../components/StatusTags.tsx';

/** Out: approved requests only; in: a receipt needs no approval, the cashier confirms it directly. */
function canExecuteStatus(p: Payment): boolean {
  return p.direction === 'out' ? p.status === 'approved' : p.status === 'draft' || p.status === 'approved';
}

export default function PaymentPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [executing, setExecuting] = useState(false);
  const payment = useQuery({ queryKey: financeCashKeys.payment(id), queryFn: () => getPayment(id) });

  const refreshAll = (updated: Payment) => {
    queryClient.setQueryData(financeCashKeys.payment(id), updated);
    void queryClient.invalidateQueries({ queryKey: ['financeCash'] });
    void queryClient.invalidateQueries({ queryKey: ['list'] });
    void queryClient.invalidateQueries({ queryKey: ['links'] });
  };
  const submit = useMutation({ mutationFn: () => submitPayment(id), onSuccess: (p) => { feedback.message?.success(t('financeCash.payments.submitted')); refreshAll(p); } });
  const execute = useMutation({
    mutationFn: (body: { cashAccountId?: string; paymentDate?: string }) => executePayment(id, body),
    onSuccess: (p) => { setExecuting(false); feedback.message?.success(t(`financeCash.payments.executed.${p.direction}`)); refreshAll(p); },
  });
  const cancel = useMutation({ mutationFn: () => cancelPayment(id), onSuccess: (p) => { feedback.message?.success(t('financeCash.common.cancelled')); refreshAll(p); } });

  if (payment.isPending) return <FullPageSpin />;
  if (!payment.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const p = payment.data;
  const cancellable = ['draft', 'approved', 'rejected'].includes(p.status) && can(['finance.payment.request', 'finance.payment.execute']);

  const actions = (
    <Space wrap>
      {p.direction === 'out' && (p.status === 'draft' || p.status === 'rejected') && can('finance.payment.request') ? (
        <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate()} data-testid="payment-submit">{t('financeCash.payments.submit')}</Button>
      ) : null}
      {canExecuteStatus(p) && can('finance.payment.execute') ? (
        <Button type="primary" onClick={() => setExecuting(true)} data-testid="payment-execute">{t(`financeCash.payments.execute.${p.direction}`)}</Button>
      ) : null}
      {cancellable ? (
        <Popconfirm title={t('financeCash.common.confirmCancel')} onConfirm={() => cancel.mutate()}>
          <Button danger loading={cancel.isPending} data-testid="payment-cancel">{t('financeCash.common.cancelDoc')}</Button>
        </Popconfirm>
      ) : null}
    </Space>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card
          title={<Space>{t(`financeCash.payments.viewTitle.${p.direction}`)}<Typography.Text data-testid="payment-number">{p.number}</Typography.Text><PaymentStatusTag status={p.status} /></Space>}
          extra={actions}
          data-testid="payment-page"
        >
          {p.status === 'pendingApproval' && p.approval ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={<Link to={`/approval/instances/${p.approval.instanceId}`} data-testid="payment-approval-link">{t('financeCash.payments.viewApproval')}</Link>}
            />
          ) : null}
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('financeCash.payments.counterparty')}>{p.partnerName ?? p.counterpartyName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.common.amount')}><Money value={p.amount} strong testId="payment-amount" /></Descriptions.Item>
            <Descriptions.Item label={t(`financeCash.payments.paymentDate.${p.direction}`)}>{formatDate(p.paymentDate)}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.payments.cashAccount')}>{p.cashAccountName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.payments.category')}>{t(`financeCash.cashFlowCategories.${p.category}`, { defaultValue: p.category })}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.common.voucher')}>
              {p.voucherId ? <Link to={`/finance/vouchers/${p.voucherId}`} data-testid="payment-voucher">{p.voucherNumber ?? t('financeCash.common.open')}</Link> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('financeCash.payments.approval')}>
              {p.approval ? <Link to={`/approval/instances/${p.approval.instanceId}`}>{t('financeCash.payments.viewApproval')}</Link> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('financeCash.payments.createdBy')}>{p.requestedByName ?? '-'}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.payments.executedAt')}>{p.executedAt ? `${formatDateTime(p.executedAt)}${p.executedByName ? ` · ${p.executedByName}` : ''}` : '-'}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.common.summary')} span={3}>{p.summary}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 16 }}>{t('financeCash.payments.allocations')}</Typography.Title>
          <Table<Allocation>
            size="small"
            rowKey="openItemId"
            pagination={false}
            dataSource={p.allocations}
            columns={[
              { title: t('financeCash.openItems.source'), render: (_v, a) => (a.sourceType === 'finInvoice' && a.sourceId
                ? <Link to={`/finance/invoices/${a.sourceId}`}>{a.sourceNumber}</Link> : a.sourceNumber ?? '-') },
              { title: t('financeCash.openItems.open'), align: 'right', render: (_v, a) => (a.open === null ? '-' : <Money value={a.open} />) },
              { title: t('financeCash.payments.allocate'), align: 'right', render: (_v, a) => <Money value={a.amount} /> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DocumentChainPanel type="finPayment" id={p.id} />
      </Col>
      <ExecuteDialog payment={p} open={executing} saving={execute.isPending} onCancel={() => setExecuting(false)} onConfirm={(body) => execute.mutate(body)} />
    </Row>
  );
}
