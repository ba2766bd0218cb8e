import { useMemo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { useIsMobile } from '../../../shared/hooks/useIsMobile.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { cashListIds, paymentFetcher, type Direction, type PaymentStatus, type PaymentSummary } from '../api.ts';
import { KindTabs, useUrlChoice } from '../components/KindTabs.tsx';
import { Money } from '../components/Money.tsx';
import { PaymentStatusTag } from '../components/StatusTags.tsx';
import { formatMoney } from '../money.ts';

const directions = ['out', 'in'] as const;
const statuses: PaymentStatus[] = ['draft', 'pendingApproval', 'approved', 'rejected', 'executed', 'cancelled'];

export default function PaymentsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const mobile = useIsMobile();
  const [direction] = useUrlChoice<Direction>('direction', directions);

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'partnerId', label: t('financeCash.common.partner'), input: <PartnerSelect role={direction === 'out' ? 'supplier' : 'customer'} style={{ width: 220 }} testId="filter-partnerId" /> },
    selectFilter('status', t('financeCash.common.status'), statuses.map((s) => ({ value: s, label: t(`financeCash.payments.status.${s}`) })), 130),
  ], [t, direction]);

  const columns = useMemo<ListColumn<PaymentSummary>[]>(() => [
    { key: 'number', title: t('financeCash.common.number'), width: 150, render: (r) => <Link to={`/finance/payments/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'partnerName', title: t('financeCash.payments.counterparty'), width: 200, render: (r) => r.partnerName ?? r.counterpartyName ?? '-', exportValue: (r) => r.partnerName ?? r.counterpartyName },
    { key: 'paymentDate', title: t(`financeCash.payments.paymentDate.${direction}`), width: 110, render: (r) => formatDate(r.paymentDate) },
    { key: 'amount', title: t('financeCash.common.amount'), width: 140, align: 'right', render: (r) => <Money value={r.amount} strong />, exportValue: (r) => formatMoney(r.amount) },
    { key: 'cashAccountName', title: t('financeCash.payments.cashAccount'), width: 160 },
    { key: 'category', title: t('financeCash.payments.category'), width: 220, ellipsis: true, render: (r) => t(`financeCash.cashFlowCategories.${r.category}`, { defaultValue: r.category }), defaultHidden: true },
    { key: 'status', title: t('financeCash.common.status'), width: 100, render: (r) => <PaymentStatusTag status={r.status} />, exportValue: (r) => t(`financeCash.payments.status.${r.status}`) },
    { key: 'summary', title: t('financeCash.common.summary'), ellipsis: true },
  ], [t, direction]);

  const canCreate = can('finance.payment.request');
  return (
    <ListPage<PaymentSummary>
      key={direction}
      listId={cashListIds.payments}
      scope={direction}
      title={<KindTabs param="direction" values={directions} labels={{ out: t('financeCash.direction.out'), in: t('financeCash.direction.in') }} testId="payment-direction" />}
      columns={columns}
      fetcher={paymentFetcher(direction)}
      rowKey={(r) => r.id}
      rowTestId={(r) => `payment-row-${r.number}`}
      onRowClick={(r) => navigate(`/finance/payments/${r.id}`)}
      filters={filters}
      exportName={t('financeCash.payments.title')}
      toolbar={canCreate ? (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => navigate(`/finance/payments/new?direction=${direction}`)}
          aria-label={direction === 'out' ? t('financeCash.payments.newOut') : t('financeCash.payments.newIn')}
          data-testid="payment-create"
        >
          {/* On a phone the direction tabs need the header's width; the icon says "new". */}
          {mobile ? null : direction === 'out' ? t('financeCash.payments.newOut') : t('financeCash.payments.newIn')}
        </Button>
      ) : null}
    />
  );
}
