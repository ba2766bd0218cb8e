import { Alert, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { FullPageSpin } from '../../../shared/feedback/FullPageSpin.tsx';
import { DocumentChainPanel } from '../../../shared/chain/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { cancelInvoice, financeCashKeys, getInvoice, type InvoiceLine } from '../api.ts';
import { rateLabel } from '../categories.ts';
import { Money } from '../components/Money.tsx';
import { invoiceDisplayStatus, invoiceStatusColors } from '../invoice-status.ts';
import { fenOf } from '../money.ts';

export default function InvoicePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const invoice = useQuery({ queryKey: financeCashKeys.invoice(id), queryFn: () => getInvoice(id) });
  const cancel = useMutation({
    mutationFn: () => cancelInvoice(id),
    onSuccess: () => {
      feedback.message?.success(t('financeCash.invoices.cancelled'));
      void queryClient.invalidateQueries({ queryKey: ['financeCash'] });
      void queryClient.invalidateQueries({ queryKey: ['list'] });
      void queryClient.invalidateQueries({ queryKey: ['links'] });
    },
  });

  if (invoice.isPending) return <FullPageSpin />;
  if (!invoice.data) return <Alert type="error" title={t('common.requestFailed')} />;
  const inv = invoice.data;
  const { settled, open } = inv;
  const status = invoiceDisplayStatus(inv);
  const canCancel = inv.status === 'posted' && fenOf(settled) === 0n && can('finance.arap.manage');
  const direction = inv.kind === 'payable' ? 'out' : 'in';
  const canSettle = inv.status === 'posted' && fenOf(open) > 0n && can('finance.payment.request');
  const settle = () => navigate(`/finance/payments/new?${new URLSearchParams({ direction, partnerId: inv.partnerId, partnerName: inv.partnerName ?? '' }).toString()}`);

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={17}>
        <Card
          title={<Space>{t(`financeCash.invoices.viewTitle.${inv.kind}`)}<Typography.Text data-testid="invoice-number">{inv.number}</Typography.Text></Space>}
          extra={(
            <Space>
              {canSettle ? <Button type="primary" onClick={settle} data-testid="invoice-settle">{t(`financeCash.invoices.settle.${inv.kind}`)}</Button> : null}
              {canCancel ? (
                <Popconfirm title={t('financeCash.common.confirmCancel')} description={t('financeCash.invoices.cancelHint')} onConfirm={() => cancel.mutate()}>
                  <Button danger loading={cancel.isPending} data-testid="invoice-cancel">{t('financeCash.common.cancelDoc')}</Button>
                </Popconfirm>
              ) : null}
            </Space>
          )}
          data-testid="invoice-page"
        >
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            <Descriptions.Item label={t('financeCash.common.partner')}>{inv.partnerName}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.invoices.documentDate')}>{formatDate(inv.documentDate)}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.invoices.dueDate')}>{formatDate(inv.dueDate)}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.common.status')}>
              <Tag color={invoiceStatusColors[status]} data-testid="invoice-status">{t(`financeCash.invoices.displayStatus.${status}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('financeCash.invoices.taxInclusive')}>{inv.taxInclusive ? t('financeCash.invoices.inclusive') : t('financeCash.invoices.exclusive')}</Descriptions.Item>
            <Descriptions.Item label={t('financeCash.common.voucher')}>
              {inv.voucherId ? <Link to={`/finance/vouchers/${inv.voucherId}`} data-testid="invoice-voucher">{inv.voucherNumber ?? t('financeCash.common.open')}</Link> : '-'}
            </Descriptions.Item>
            <Descriptions.Item label={t('financeCash.common.summary')} span={3}>{inv.summary ?? '-'}</Descriptions.Item>
          </Descriptions>
          <Table<InvoiceLine>
            size="small"
            rowKey={(_l, i) => String(i)}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={inv.lines}
            style={{ marginTop: 16 }}
            columns={[
              { title: t('financeCash.invoices.description'), dataIndex: 'description' },
              { title: t('financeCash.invoices.account'), render: (_v, l) => (l.accountCode ? `${l.accountCode} ${l.accountName ?? ''}` : l.accountName ?? '') },
              { title: t('financeCash.invoices.department'), render: (_v, l) => l.departmentName ?? '-' },
              { title: t('financeCash.invoices.quantity'), dataIndex: 'quantity', align: 'right' },
              { title: t('financeCash.invoices.price'), dataIndex: 'price', align: 'right' },
              { title: t('financeCash.invoices.taxRate'), align: 'right', render: (_v, l) => rateLabel(l.taxRate) },
              { title: t('financeCash.invoices.net'), align: 'right', render: (_v, l) => <Money value={l.net} /> },
              { title: t('financeCash.invoices.tax'), align: 'right', render: (_v, l) => <Money value={l.tax} /> },
              { title: t('financeCash.invoices.gross'), align: 'right', render: (_v, l) => <Money value={l.gross} /> },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={6}><Typography.Text strong>{t('financeCash.common.total')}</Typography.Text></Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right"><Money value={inv.netAmount} strong /></Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right"><Money value={inv.taxAmount} strong /></Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right"><Money value={inv.grossAmount} strong testId="invoice-gross" /></Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Descriptions column={{ xs: 1, md: 3 }} size="small" bordered style={{ marginTop: 16 }}>
            <Descriptions.Item label={t('financeCash.invoices.gross')}><Money value={inv.grossAmount} /></Descriptions.Item>
            <Descriptions.Item label={t('financeCash.invoices.settled')}><Money value={settled} testId="invoice-settled" /></Descriptions.Item>
            <Descriptions.Item label={t('financeCash.invoices.openAmount')}><Money value={open} strong testId="invoice-open" /></Descriptions.Item>
          </Descriptions>
        </Card>
      </Col>
      <Col xs={24} xl={7}>
        <DocumentChainPanel type="finInvoice" id={inv.id} />
      </Col>
    </Row>
  );
}
