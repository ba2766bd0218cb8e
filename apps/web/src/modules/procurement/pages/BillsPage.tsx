import { useMemo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { billFetcher, procurementListIds, type BillStatus, type BillSummary } from '../api.ts';
import { formatMoney } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';

const statuses: BillStatus[] = ['posted', 'partlyPaid', 'paid', 'cancelled'];

/** 供应商发票 list. */
export default function BillsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('procurement.common.keyword'), width: 160 },
    { name: 'supplierId', label: t('procurement.common.supplier'), input: <PartnerSelect role="supplier" style={{ width: 220 }} testId="filter-supplierId" /> },
    selectFilter('status', t('procurement.common.status'), statuses.map((s) => ({ value: s, label: t(`procurement.status.bill.${s}`) })), 120),
  ], [t]);

  const columns = useMemo<ListColumn<BillSummary>[]>(() => [
    { key: 'number', title: t('procurement.common.number'), width: 150, render: (r) => <Link to={`/procurement/bills/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'invoiceNo', title: t('procurement.bills.invoiceNo'), width: 130 },
    { key: 'supplierName', title: t('procurement.common.supplier'), width: 220 },
    { key: 'billDate', title: t('procurement.bills.billDate'), width: 110, render: (r) => formatDate(r.billDate) },
    { key: 'dueDate', title: t('procurement.bills.dueDate'), width: 110, render: (r) => formatDate(r.dueDate) },
    { key: 'grossAmount', title: t('procurement.common.gross'), width: 130, align: 'right', render: (r) => <Money value={r.grossAmount} />, exportValue: (r) => formatMoney(r.grossAmount) },
    { key: 'paidAmount', title: t('procurement.bills.paidAmount'), width: 130, align: 'right', render: (r) => <Money value={r.paidAmount} />, exportValue: (r) => formatMoney(r.paidAmount) },
    { key: 'status', title: t('procurement.common.status'), width: 90, render: (r) => <StatusTag kind="bill" status={r.status} />, exportValue: (r) => t(`procurement.status.bill.${r.status}`) },
  ], [t]);

  return (
    <ListPage<BillSummary>
      listId={procurementListIds.bills}
      title={t('procurement.bills.title')}
      columns={columns}
      fetcher={billFetcher}
      rowKey={(r) => r.id}
      rowTestId={(r) => `bill-row-${r.number}`}
      onRowClick={(r) => navigate(`/procurement/bills/${r.id}`)}
      filters={filters}
      exportName={t('procurement.bills.title')}
      toolbar={can('procurement.bill') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/procurement/bills/new')} data-testid="bill-create">{t('procurement.bills.new')}</Button>
      ) : null}
    />
  );
}
