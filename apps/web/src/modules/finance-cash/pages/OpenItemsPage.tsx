import { useMemo } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { documentRoute } from '../../../shared/chain/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { cashListIds, openItemFetcher, type ArapKind, type OpenItem } from '../api.ts';
import { KindTabs, useUrlChoice } from '../components/KindTabs.tsx';
import { Money } from '../components/Money.tsx';
import { OpenItemStatusTag } from '../components/StatusTags.tsx';
import { formatMoney } from '../money.ts';

const kinds = ['receivable', 'payable'] as const;

/** 应收/应付明细: every open item with what is still owed and how old it is. */
export default function OpenItemsPage() {
  const { t } = useTranslation();
  const [kind] = useUrlChoice<ArapKind>('kind', kinds);
  const [params] = useSearchParams();
  const presetPartner = params.get('partnerId');
  const presetName = params.get('partnerName');

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'partnerId', label: t('financeCash.common.partner'), input: <PartnerSelect role={kind === 'payable' ? 'supplier' : 'customer'} initialLabel={presetName} style={{ width: 220 }} testId="filter-partnerId" /> },
    selectFilter('status', t('financeCash.common.status'), (['unsettled', 'open', 'partial', 'settled'] as const).map((s) => ({ value: s, label: t(`financeCash.openItems.status.${s}`) })), 130),
  ], [t, kind, presetName]);

  const columns = useMemo<ListColumn<OpenItem>[]>(() => [
    { key: 'partnerName', title: t('financeCash.common.partner'), width: 200 },
    {
      key: 'sourceNumber',
      title: t('financeCash.openItems.source'),
      width: 160,
      render: (r) => {
        const route = documentRoute(r.sourceType, r.sourceId);
        return route ? <Link to={route}>{r.sourceNumber}</Link> : r.sourceNumber;
      },
      exportValue: (r) => r.sourceNumber,
    },
    { key: 'documentDate', title: t('financeCash.openItems.documentDate'), width: 110, render: (r) => formatDate(r.documentDate) },
    { key: 'dueDate', title: t('financeCash.openItems.dueDate'), width: 110, render: (r) => formatDate(r.dueDate) },
    { key: 'amount', title: t('financeCash.openItems.amount'), width: 130, align: 'right', render: (r) => <Money value={r.amount} />, exportValue: (r) => formatMoney(r.amount) },
    { key: 'settled', title: t('financeCash.openItems.settled'), width: 130, align: 'right', render: (r) => <Money value={r.settled} />, exportValue: (r) => formatMoney(r.settled) },
    { key: 'open', title: t('financeCash.openItems.open'), width: 130, align: 'right', render: (r) => <Money value={r.open} strong />, exportValue: (r) => formatMoney(r.open) },
    {
      key: 'ageDays',
      title: t('financeCash.openItems.age'),
      width: 90,
      align: 'right',
      render: (r) => <Tag color={r.ageDays > 90 ? 'red' : r.ageDays > 60 ? 'orange' : r.ageDays > 30 ? 'gold' : 'default'}>{t('financeCash.common.days', { count: r.ageDays })}</Tag>,
      exportValue: (r) => r.ageDays,
    },
    { key: 'status', title: t('financeCash.common.status'), width: 100, render: (r) => <OpenItemStatusTag status={r.status} />, exportValue: (r) => t(`financeCash.openItems.status.${r.status}`) },
  ], [t]);

  return (
    <ListPage<OpenItem>
      key={kind}
      listId={cashListIds.openItems}
      scope={kind}
      title={<KindTabs param="kind" values={kinds} labels={{ receivable: t('financeCash.kind.receivable'), payable: t('financeCash.kind.payable') }} testId="open-item-kind" />}
      columns={columns}
      fetcher={openItemFetcher(kind)}
      rowKey={(r) => r.id}
      rowTestId={(r) => `open-item-row-${r.sourceNumber}`}
      filters={filters}
      initialFilters={presetPartner ? { status: 'unsettled', partnerId: presetPartner } : { status: 'unsettled' }}
      exportName={t('financeCash.openItems.title')}
    />
  );
}
