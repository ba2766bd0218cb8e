import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { procurementListIds, returnFetcher, type ReturnSummary } from '../api.ts';
import { formatMoney } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';

/** 采购退货单 list; a return is started from the receipt it sends goods back from. */
export default function ReturnsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('procurement.common.keyword'), width: 160 },
    { name: 'supplierId', label: t('procurement.common.supplier'), input: <PartnerSelect role="supplier" style={{ width: 220 }} testId="filter-supplierId" /> },
  ], [t]);

  const columns = useMemo<ListColumn<ReturnSummary>[]>(() => [
    { key: 'number', title: t('procurement.common.number'), width: 150, render: (r) => <Link to={`/procurement/returns/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'returnDate', title: t('procurement.returns.returnDate'), width: 110, render: (r) => formatDate(r.returnDate) },
    { key: 'receiptNumber', title: t('procurement.returns.receipt'), width: 150 },
    { key: 'supplierName', title: t('procurement.common.supplier'), width: 220 },
    { key: 'reason', title: t('procurement.returns.reason'), width: 200, ellipsis: true },
    { key: 'netAmount', title: t('procurement.common.net'), width: 130, align: 'right', render: (r) => <Money value={r.netAmount} />, exportValue: (r) => formatMoney(r.netAmount) },
    { key: 'status', title: t('procurement.common.status'), width: 90, render: (r) => <StatusTag kind="posted" status={r.status} />, exportValue: (r) => t(`procurement.status.posted.${r.status}`) },
  ], [t]);

  return (
    <ListPage<ReturnSummary>
      listId={procurementListIds.returns}
      title={t('procurement.returns.title')}
      columns={columns}
      fetcher={returnFetcher}
      rowKey={(r) => r.id}
      rowTestId={(r) => `return-row-${r.number}`}
      onRowClick={(r) => navigate(`/procurement/returns/${r.id}`)}
      filters={filters}
      exportName={t('procurement.returns.title')}
    />
  );
}
