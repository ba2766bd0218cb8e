import { useMemo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { procurementListIds, receiptFetcher, type ReceiptSummary } from '../api.ts';
import { formatMoney } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';

/** 采购入库单 list. */
export default function ReceiptsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('procurement.common.keyword'), width: 160 },
    { name: 'supplierId', label: t('procurement.common.supplier'), input: <PartnerSelect role="supplier" style={{ width: 220 }} testId="filter-supplierId" /> },
  ], [t]);

  const columns = useMemo<ListColumn<ReceiptSummary>[]>(() => [
    { key: 'number', title: t('procurement.common.number'), width: 150, render: (r) => <Link to={`/procurement/receipts/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'receiptDate', title: t('procurement.receipts.receiptDate'), width: 110, render: (r) => formatDate(r.receiptDate) },
    { key: 'orderNumber', title: t('procurement.receipts.order'), width: 150 },
    { key: 'supplierName', title: t('procurement.common.supplier'), width: 220 },
    { key: 'warehouseName', title: t('procurement.common.warehouse'), width: 110 },
    { key: 'netAmount', title: t('procurement.common.net'), width: 130, align: 'right', render: (r) => <Money value={r.netAmount} />, exportValue: (r) => formatMoney(r.netAmount) },
    { key: 'receivedByName', title: t('procurement.receipts.receivedBy'), width: 90 },
    { key: 'status', title: t('procurement.common.status'), width: 90, render: (r) => <StatusTag kind="posted" status={r.status} />, exportValue: (r) => t(`procurement.status.posted.${r.status}`) },
  ], [t]);

  return (
    <ListPage<ReceiptSummary>
      listId={procurementListIds.receipts}
      title={t('procurement.receipts.title')}
      columns={columns}
      fetcher={receiptFetcher}
      rowKey={(r) => r.id}
      rowTestId={(r) => `receipt-row-${r.number}`}
      onRowClick={(r) => navigate(`/procurement/receipts/${r.id}`)}
      filters={filters}
      exportName={t('procurement.receipts.title')}
      toolbar={can('procurement.receive') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/procurement/receipts/new')} data-testid="receipt-create">{t('procurement.receipts.new')}</Button>
      ) : null}
    />
  );
}
