import { useCallback, useMemo, useState } from 'react';
import { Button, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { feedback } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { ListPage, listQueryKey, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { PartnerSelect } from '../../partners/index.ts';
import { deleteSupplierPrice, priceFetcher, procurementListIds, type SupplierPrice } from '../api.ts';
import { formatPrice, formatQty, rateLabel } from '../decimal.ts';
import { SupplierPriceDrawer } from '../components/SupplierPriceDrawer.tsx';

/** 供应商价目表: what each supplier charges per item; orders and requests take their prices from here. */
export default function SupplierPricesPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<SupplierPrice | null | undefined>(undefined);
  const canEdit = can('procurement.order');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: listQueryKey(procurementListIds.prices) });
  const remove = useMutation({ mutationFn: deleteSupplierPrice, onSuccess: () => { feedback.message?.success(t('procurement.prices.deleted')); refresh(); } });

  // No dates = valid for good (长期有效); one date = open on the other side.
  const validity = useCallback((r: SupplierPrice) => (!r.validFrom && !r.validTo
    ? t('procurement.prices.always')
    : `${formatDate(r.validFrom) || t('procurement.prices.open')} ~ ${formatDate(r.validTo) || t('procurement.prices.open')}`), [t]);

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('procurement.common.keyword'), width: 180 },
    { name: 'supplierId', label: t('procurement.common.supplier'), input: <PartnerSelect role="supplier" style={{ width: 220 }} testId="filter-supplierId" /> },
  ], [t]);

  const columns = useMemo<ListColumn<SupplierPrice>[]>(() => [
    { key: 'supplierName', title: t('procurement.common.supplier'), width: 220 },
    { key: 'item', title: t('procurement.common.item'), width: 220, render: (r) => `${r.itemCode} ${r.itemName}`, exportValue: (r) => `${r.itemCode} ${r.itemName}` },
    { key: 'itemSpec', title: t('procurement.common.spec'), width: 120 },
    { key: 'unitName', title: t('procurement.common.unit'), width: 70 },
    { key: 'price', title: t('procurement.prices.price'), width: 110, align: 'right', render: (r) => formatPrice(r.price) },
    { key: 'taxRate', title: t('procurement.common.taxRate'), width: 70, align: 'right', render: (r) => rateLabel(r.taxRate) },
    { key: 'minQty', title: t('procurement.prices.minQty'), width: 90, align: 'right', render: (r) => formatQty(r.minQty) },
    { key: 'leadTimeDays', title: t('procurement.rfqs.leadTimeDays'), width: 90, align: 'right' },
    { key: 'validity', title: t('procurement.prices.validity'), width: 200, render: (r) => (
      <Space size={4}>{validity(r)}{r.current ? <Tag color="green">{t('procurement.prices.current')}</Tag> : <Tag>{t('procurement.prices.notCurrent')}</Tag>}</Space>
    ), exportValue: (r) => validity(r) },
    ...(canEdit ? [{ key: 'actions', title: '', width: 120, exportable: false, render: (r: SupplierPrice) => (
      <Space size={4} onClick={(e) => e.stopPropagation()}>
        <Button size="small" type="link" onClick={() => setEditing(r)}>{t('procurement.common.edit')}</Button>
        <Popconfirm title={t('procurement.prices.confirmDelete')} onConfirm={() => remove.mutate(r.id)}>
          <Button size="small" type="link" danger>{t('procurement.common.delete')}</Button>
        </Popconfirm>
      </Space>
    ) }] : []),
  ], [t, canEdit, remove, validity]);

  return (
    <>
      <ListPage<SupplierPrice>
        listId={procurementListIds.prices}
        title={t('procurement.prices.title')}
        columns={columns}
        fetcher={priceFetcher}
        rowKey={(r) => r.id}
        filters={filters}
        exportName={t('procurement.prices.title')}
        toolbar={canEdit ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="price-create">{t('procurement.prices.new')}</Button> : null}
      />
      <SupplierPriceDrawer
        open={editing !== undefined}
        price={editing ?? null}
        onClose={() => setEditing(undefined)}
        onSaved={() => { feedback.message?.success(t('procurement.common.saved')); setEditing(undefined); refresh(); }}
      />
    </>
  );
}
