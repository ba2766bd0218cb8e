import { useMemo, useState } from 'react';
import { Badge, Button, Card, Space, Tabs, Typography } from 'antd';
import { SwapOutlined, ToolOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { ListPage, listQueryKey, selectFilter, type ListColumn, type ListFilter } from '../../../shared/list/index.ts';
import { inventoryKeys, inventoryListIds, stockFetcher, type StockRow } from '../api.ts';
import { AlertsTab, useAlertCount } from '../components/AlertsTab.tsx';
import { Amount, Cost, Qty, StockStatusTag, stockStatus } from '../components/cells.tsx';
import { categoryFilter, warehouseFilter } from '../components/filters.tsx';
import { StockMoveDrawer, type StockMoveMode } from '../components/StockMoveDrawer.tsx';

/** 库存总览: on hand, reserved, available, incoming and value per item × warehouse; 库存预警 in the second tab. */
export default function StockPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'alerts' ? 'alerts' : 'overview';
  const [moving, setMoving] = useState<StockMoveMode | null>(null);
  const alertCount = useAlertCount();
  const canMove = can('inventory.move');
  const seesCost = can('catalog.viewCost');

  const filters = useMemo<ListFilter[]>(() => [
    { name: 'keyword', label: t('inventory.fields.keyword'), placeholder: t('inventory.keywordPlaceholder'), width: 200 },
    warehouseFilter(t('inventory.fields.warehouse'), t('inventory.allWarehouses')),
    categoryFilter(t('inventory.fields.category'), t('inventory.allCategories')),
    selectFilter('status', t('inventory.fields.status'), [{ value: 'low', label: t('inventory.lowOnly') }], 150),
  ], [t]);

  const columns = useMemo<ListColumn<StockRow>[]>(() => [
    { key: 'itemCode', title: t('inventory.fields.itemCode'), width: 110 },
    { key: 'itemName', title: t('inventory.fields.itemName'), width: 170 },
    { key: 'spec', title: t('inventory.fields.spec'), width: 130, defaultHidden: true },
    { key: 'categoryName', title: t('inventory.fields.category'), width: 110, defaultHidden: true },
    { key: 'warehouseName', title: t('inventory.fields.warehouse'), width: 100 },
    { key: 'unitName', title: t('inventory.fields.unit'), width: 60 },
    { key: 'onHand', title: t('inventory.fields.onHand'), width: 100, align: 'right', render: (r) => <Qty value={r.onHand} testId={`stock-onhand-${r.itemCode}`} />, exportValue: (r) => Number(r.onHand) },
    { key: 'reserved', title: t('inventory.fields.reserved'), width: 90, align: 'right', render: (r) => <Qty value={r.reserved} muted />, exportValue: (r) => Number(r.reserved) },
    { key: 'available', title: t('inventory.fields.available'), width: 100, align: 'right', render: (r) => <Qty value={r.available} />, exportValue: (r) => Number(r.available) },
    { key: 'incoming', title: t('inventory.fields.incoming'), width: 90, align: 'right', render: (r) => <Qty value={r.incoming} muted />, exportValue: (r) => Number(r.incoming) },
    { key: 'reorderPoint', title: t('inventory.fields.reorderPoint'), width: 100, align: 'right', render: (r) => (r.reorderPoint === null ? '-' : <Qty value={r.reorderPoint} muted />), exportValue: (r) => (r.reorderPoint === null ? null : Number(r.reorderPoint)), defaultHidden: true },
    ...(seesCost ? [{ key: 'avgCost', title: t('inventory.fields.avgCost'), width: 100, align: 'right' as const, render: (r: StockRow) => <Cost value={r.avgCost} />, exportValue: (r: StockRow) => Number(r.avgCost) }] : []),
    { key: 'value', title: t('inventory.fields.value'), width: 120, align: 'right', render: (r) => <Amount value={r.value} />, exportValue: (r) => Number(r.value) },
    {
      key: 'status', title: t('inventory.fields.status'), width: 110,
      render: (r) => <StockStatusTag row={r} />,
      exportValue: (r) => t(`inventory.status.${stockStatus(r)}`),
    },
    {
      key: 'actions', title: t('common.actions'), width: 80, fixed: 'right', exportable: false,
      render: (r) => <Link to={`/inventory/moves?itemId=${r.itemId}&warehouseId=${r.warehouseId}`} data-testid={`stock-ledger-${r.itemCode}`}>{t('inventory.viewLedger')}</Link>,
    },
  ], [t, seesCost]);

  const toolbar = canMove ? (
    <Space wrap>
      <Button icon={<SwapOutlined />} onClick={() => setMoving('transfer')} data-testid="stock-transfer">{t('inventory.transfer.button')}</Button>
      <Button icon={<ToolOutlined />} onClick={() => setMoving('adjustment')} data-testid="stock-adjust">{t('inventory.adjust.button')}</Button>
    </Space>
  ) : null;

  return (
    <Card title={t('inventory.stock.title')} extra={toolbar} data-testid="inventory-stock">
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'alerts' ? { tab: 'alerts' } : {}, { replace: true })}
        items={[
          {
            key: 'overview',
            label: t('inventory.stock.overview'),
            children: (
              <ListPage<StockRow>
                embedded
                listId={inventoryListIds.stock}
                columns={columns}
                fetcher={stockFetcher}
                rowKey={(r) => `${r.itemId}:${r.warehouseId}`}
                rowTestId={(r) => `stock-row-${r.itemCode}-${r.warehouseName}`}
                filters={filters}
                exportName={t('inventory.stock.title')}
              />
            ),
          },
          {
            key: 'alerts',
            label: <span data-testid="stock-tab-alerts">{t('inventory.stock.alerts')} <Badge count={alertCount} size="small" /></span>,
            children: <AlertsTab />,
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('inventory.stock.legend')}</Typography.Text>
      <StockMoveDrawer
        mode={moving}
        onClose={() => setMoving(null)}
        onDone={() => {
          setMoving(null);
          void queryClient.invalidateQueries({ queryKey: listQueryKey(inventoryListIds.stock) });
          void queryClient.invalidateQueries({ queryKey: listQueryKey(inventoryListIds.moves) });
          void queryClient.invalidateQueries({ queryKey: inventoryKeys.all });
        }}
      />
    </Card>
  );
}

