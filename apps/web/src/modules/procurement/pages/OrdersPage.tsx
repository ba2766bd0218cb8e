import { useMemo } from 'react';
import { Button } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { orderFetcher, procurementListIds, type OrderStatus, type OrderSummary } from '../api.ts';
import { formatMoney } from '../decimal.ts';
import { Money } from '../components/Money.tsx';
import { StatusTag } from '../components/StatusTag.tsx';

const statuses: OrderStatus[] = ['draft', 'pendingApproval', 'rejected', 'confirmed', 'partlyReceived', 'received', 'closed', 'cancelled'];

export default function OrdersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { can } = useAuth();

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('procurement.common.keyword'), width: 160 },
    { name: 'supplierId', label: t('procurement.common.supplier'), input: <PartnerSelect role="supplier" style={{ width: 220 }} testId="filter-supplierId" /> },
    selectFilter('status', t('procurement.common.status'), statuses.map((s) => ({ value: s, label: t(`procurement.status.order.${s}`) })), 130),
  ], [t]);

  const columns = useMemo<ListColumn<OrderSummary>[]>(() => [
    { key: 'number', title: t('procurement.common.number'), width: 150, render: (r) => <Link to={`/procurement/orders/${r.id}`}>{r.number}</Link>, exportValue: (r) => r.number },
    { key: 'supplierName', title: t('procurement.common.supplier'), width: 220 },
    { key: 'orderDate', title: t('procurement.orders.orderDate'), width: 110, render: (r) => formatDate(r.orderDate) },
    { key: 'expectedDate', title: t('procurement.common.expectedDate'), width: 110, render: (r) => formatDate(r.expectedDate) },
    { key: 'warehouseName', title: t('procurement.common.warehouse'), width: 110 },
    { key: 'buyerName', title: t('procurement.orders.buyer'), width: 90, defaultHidden: true },
    { key: 'grossAmount', title: t('procurement.common.gross'), width: 130, align: 'right', render: (r) => <Money value={r.grossAmount} />, exportValue: (r) => formatMoney(r.grossAmount) },
    { key: 'status', title: t('procurement.common.status'), width: 100, render: (r) => <StatusTag kind="order" status={r.status} />, exportValue: (r) => t(`procurement.status.order.${r.status}`) },
  ], [t]);

  return (
    <ListPage<OrderSummary>
      listId={procurementListIds.orders}
      title={t('procurement.orders.title')}
      columns={columns}
      fetcher={orderFetcher}
      rowKey={(r) => r.id}
      rowTestId={(r) => `order-row-${r.number}`}
      onRowClick={(r) => navigate(`/procurement/orders/${r.id}`)}
      filters={filters}
      exportName={t('procurement.orders.title')}
      toolbar={can('procurement.order') ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/procurement/orders/new')} data-testid="order-create">{t('procurement.orders.new')}</Button>
      ) : null}
    />
  );
}
