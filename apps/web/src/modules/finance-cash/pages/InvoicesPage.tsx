import { useMemo } from 'react';
import { Button, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { cashListIds, invoiceFetcher, type ArapKind, type InvoiceSummary } from '../api.ts';
import { KindTabs, useUrlChoice } from '../components/KindTabs.tsx';
import { Money } from '../components/Money.tsx';
import { invoiceDisplayStatus, invoiceStatusColors } from '../invoice-status.ts';
import { formatMoney } from '../money.ts';

const kinds = ['payable', 'receivable'] as const;

export default function InvoicesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [kind] = useUrlChoice<ArapKind>('kind', kinds);

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'partnerId', label: t('financeCash.common.partner'), input: <PartnerSelect role={kind === 'payable' ? 'supplier' : 'customer'} style={{ width: 220 }} testId="filter-partnerId" /> },
    selectFilter('status', t('financeCash.common.status'), (['posted', 'cancelled'] as const).map((s) => ({ value: s, label: t(`financeCash.invoices.status.${s}`) })), 120),
  ], [t, kind]);

  const columns = useMemo<ListColumn<InvoiceSummary>[]>(() => [
    { key: 'number', title: t('financeCash.common.number'), width: 140, render: (r) => <Link to={`/finance/invoices/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'partnerName', title: t('financeCash.common.partner'), width: 180 },
    { key: 'documentDate', title: t('financeCash.invoices.documentDate'), width: 100, render: (r) => formatDate(r.documentDate) },
    { key: 'dueDate', title: t('financeCash.invoices.dueDate'), width: 100, render: (r) => formatDate(r.dueDate) },
    { key: 'netAmount', title: t('financeCash.invoices.net'), width: 115, align: 'right', render: (r) => <Money value={r.netAmount} />, exportValue: (r) => formatMoney(r.netAmount) },
    { key: 'taxAmount', title: t('financeCash.invoices.tax'), width: 95, align: 'right', render: (r) => <Money value={r.taxAmount} />, exportValue: (r) => formatMoney(r.taxAmount) },
    { key: 'grossAmount', title: t('financeCash.invoices.gross'), width: 125, align: 'right', render: (r) => <Money value={r.grossAmount} strong />, exportValue: (r) => formatMoney(r.grossAmount) },
    { key: 'open', title: t('financeCash.invoices.openAmount'), width: 115, align: 'right', render: (r) => (r.open == null ? '-' : <Money value={r.open} />), exportValue: (r) => formatMoney(r.open) },
    {
      key: 'status',
      title: t('financeCash.common.status'),
      width: 80,
      render: (r) => {
        const status = invoiceDisplayStatus(r);
        return <Tag color={invoiceStatusColors[status]}>{t(`financeCash.invoices.displayStatus.${status}`)}</Tag>;
      },
      exportValue: (r) => t(`financeCash.invoices.displayStatus.${invoiceDisplayStatus(r)}`),
    },
    { key: 'summary', title: t('financeCash.common.summary'), ellipsis: true, defaultHidden: true },
  ], [t]);

  return (
    <ListPage<InvoiceSummary>
      key={kind}
      listId={cashListIds.invoices}
      scope={kind}
      title={<KindTabs param="kind" values={kinds} labels={{ payable: t('financeCash.kind.payable'), receivable: t('financeCash.kind.receivable') }} testId="invoice-kind" />}
      columns={columns}
      fetcher={invoiceFetcher(kind)}
      rowKey={(r) => r.id}
      rowTestId={(r) => `invoice-row-${r.number}`}
      onRowClick={(r) => navigate(`/finance/invoices/${r.id}`)}
      filters={filters}
      exportName={t('financeCash.invoices.title')}
      toolbar={can('finance.arap.manage') ? (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => navigate(`/finance/invoices/new?kind=${kind}`)}
          aria-label={kind === 'payable' ? t('financeCash.invoices.newPayable') : t('financeCash.invoices.newReceivable')}
          data-testid="invoice-create"
        >
          {/* On a phone the kind tabs need the header's width; the icon says "new". */}
          {mobile ? null : kind === 'payable' ? t('financeCash.invoices.newPayable') : t('financeCash.invoices.newReceivable')}
        </Button>
      ) : null}
    />
  );
}
