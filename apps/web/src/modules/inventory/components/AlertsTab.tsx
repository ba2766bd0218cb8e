import { useState } from 'react';
import { Button, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { notifyError } from '../../../app/api/index.ts';
import { useAuth } from '../../../app/auth/index.ts';
import { formatDateTime } from '../../../shared/format.ts';
import { downloadExcel, type ListColumn } from '../../../shared/list/index.ts';
import { WarehouseSelect } from '../../catalog/index.ts';
import { inventoryKeys, listAlerts, type StockAlert } from '../api.ts';
import { Qty } from './cells.tsx';

/** How many balances are at or below their reorder point (the tab's badge). */
export function useAlertCount(): number {
  const alerts = useQuery({ queryKey: inventoryKeys.alerts(null), queryFn: () => listAlerts(null), staleTime: 30_000 });
  return alerts.data?.length ?? 0;
}

/** 库存预警: balances at or below the reorder point, with the suggested order quantity and supplier. */
export function AlertsTab() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const alerts = useQuery({ queryKey: inventoryKeys.alerts(warehouseId), queryFn: () => listAlerts(warehouseId) });
  const rows = alerts.data ?? [];

  const exportColumns: ListColumn<StockAlert>[] = [
    { key: 'itemCode', title: t('inventory.fields.itemCode') },
    { key: 'itemName', title: t('inventory.fields.itemName') },
    { key: 'spec', title: t('inventory.fields.spec') },
    { key: 'warehouseName', title: t('inventory.fields.warehouse') },
    { key: 'unitName', title: t('inventory.fields.unit') },
    { key: 'available', title: t('inventory.fields.available'), exportValue: (r) => Number(r.available) },
    { key: 'incoming', title: t('inventory.fields.incoming'), exportValue: (r) => Number(r.incoming) },
    { key: 'reorderPoint', title: t('inventory.fields.reorderPoint'), exportValue: (r) => Number(r.reorderPoint) },
    { key: 'safetyStock', title: t('inventory.fields.safetyStock'), exportValue: (r) => Number(r.safetyStock) },
    { key: 'suggestedQty', title: t('inventory.alerts.suggestedQty'), exportValue: (r) => Number(r.suggestedQty) },
    { key: 'supplierName', title: t('inventory.alerts.supplier') },
  ];
  const onExport = () => {
    downloadExcel(t('inventory.stock.alerts'), t('inventory.stock.alerts'), exportColumns, rows).catch((e: unknown) => notifyError(e, t('common.requestFailed')));
  };

  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Typography.Text>{t('inventory.fields.warehouse')}</Typography.Text>
          <WarehouseSelect allowClear value={warehouseId} onChange={(v) => setWarehouseId(v)} placeholder={t('inventory.allWarehouses')} style={{ width: 180 }} />
        </Space>
        <Space>
          {can(['procurement.read', 'procurement.order']) ? <Link to="/procurement/requests/new">{t('inventory.alerts.request')}</Link> : null}
          <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={onExport} data-testid="alerts-export">{t('inventory.export')}</Button>
        </Space>
      </Space>
      <Table<StockAlert>
        size="middle"
        rowKey={(r) => `${r.itemId}:${r.warehouseId}`}
        loading={alerts.isPending}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
        data-testid="stock-alerts"
        columns={[
          { title: t('inventory.fields.item'), key: 'item', width: 220, render: (_v, r) => <span>{r.itemCode} {r.itemName}{r.spec ? <Typography.Text type="secondary"> {r.spec}</Typography.Text> : null}</span> },
          { title: t('inventory.fields.warehouse'), dataIndex: 'warehouseName', width: 100 },
          { title: t('inventory.fields.unit'), dataIndex: 'unitName', width: 60 },
          { title: t('inventory.fields.available'), key: 'available', width: 90, align: 'right', render: (_v, r) => <Qty value={r.available} /> },
          { title: t('inventory.fields.incoming'), key: 'incoming', width: 90, align: 'right', render: (_v, r) => <Qty value={r.incoming} muted /> },
          { title: t('inventory.fields.reorderPoint'), key: 'reorderPoint', width: 100, align: 'right', render: (_v, r) => <Qty value={r.reorderPoint} muted /> },
          { title: t('inventory.fields.safetyStock'), key: 'safetyStock', width: 90, align: 'right', render: (_v, r) => <Qty value={r.safetyStock} muted /> },
          {
            title: t('inventory.alerts.suggestedQty'), key: 'suggestedQty', width: 110, align: 'right',
            render: (_v, r) => <Typography.Text strong style={{ color: '#d46b08' }}><Qty value={r.suggestedQty} testId={`alert-suggested-${r.itemCode}`} /></Typography.Text>,
          },
          { title: t('inventory.alerts.supplier'), dataIndex: 'supplierName', width: 200, render: (v: string | null) => v ?? <Typography.Text type="secondary">{t('inventory.alerts.noSupplier')}</Typography.Text> },
          { title: t('inventory.alerts.alertedAt'), dataIndex: 'alertedAt', width: 160, render: (v: string | null) => (v ? formatDateTime(v) : '-') },
        ]}
      />
    </>
  );
}
