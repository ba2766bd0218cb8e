import { useState } from 'react';
import { Button, Card, DatePicker, InputNumber, Space, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { notifyError } from '../../../app/api/index.ts';
import { formatDate } from '../../../shared/format.ts';
import { downloadExcel, type ListColumn } from '../../../shared/list/index.ts';
import { WarehouseSelect } from '../../catalog/index.ts';
import { getSlowMovers, getTurnover, inventoryKeys, type SlowMoverRow, type TurnoverRow } from '../api.ts';
import { Amount, Qty } from '../components/cells.tsx';

/** 库存报表: 周转率 and 周转天数 over a period, and 呆滞物料 (nothing issued for N days). */
export default function ReportsPage() {
  const { t } = useTranslation();
  return (
    <Card title={t('inventory.reports.title')} data-testid="inventory-reports">
      <Tabs items={[
        { key: 'turnover', label: t('inventory.reports.turnover'), children: <TurnoverTab /> },
        { key: 'slow', label: t('inventory.reports.slowMovers'), children: <SlowMoversTab /> },
      ]}
      />
    </Card>
  );
}

function exportRows<T>(name: string, sheet: string, columns: ListColumn<T>[], rows: T[], failed: string) {
  downloadExcel(name, sheet, columns, rows).catch((e: unknown) => notifyError(e, failed));
}

function TurnoverTab() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const params = { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD'), warehouseId: warehouseId ?? undefined };
  const report = useQuery({ queryKey: inventoryKeys.report('turnover', params), queryFn: () => getTurnover(params) });
  const rows = report.data?.items ?? [];
  const ratio = (v: string | null) => (v === null ? '-' : Number(v).toFixed(2));
  const days = (v: string | null) => (v === null ? '-' : Number(v).toFixed(1));
  const columns: ListColumn<TurnoverRow>[] = [
    { key: 'itemCode', title: t('inventory.fields.itemCode') },
    { key: 'itemName', title: t('inventory.fields.itemName') },
    { key: 'openingValue', title: t('inventory.reports.openingValue'), exportValue: (r) => Number(r.openingValue) },
    { key: 'closingValue', title: t('inventory.reports.closingValue'), exportValue: (r) => Number(r.closingValue) },
    { key: 'averageValue', title: t('inventory.reports.averageValue'), exportValue: (r) => Number(r.averageValue) },
    { key: 'issuedCost', title: t('inventory.reports.issuedCost'), exportValue: (r) => Number(r.issuedCost) },
    { key: 'turnover', title: t('inventory.reports.turnoverRate'), exportValue: (r) => (r.turnover === null ? null : Number(r.turnover)) },
    { key: 'daysOfInventory', title: t('inventory.reports.daysOfInventory'), exportValue: (r) => (r.daysOfInventory === null ? null : Number(r.daysOfInventory)) },
  ];
  const total = report.data?.total;

  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => { if (v?.[0] && v[1]) setRange([v[0], v[1]]); }} />
          <WarehouseSelect allowClear value={warehouseId} onChange={(v) => setWarehouseId(v)} placeholder={t('inventory.allWarehouses')} style={{ width: 180 }} />
        </Space>
        <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={() => exportRows(t('inventory.reports.turnover'), t('inventory.reports.turnover'), columns, rows, t('common.requestFailed'))} data-testid="turnover-export">
          {t('inventory.export')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('inventory.reports.turnoverHelp', { days: report.data?.days ?? '-' })}</Typography.Paragraph>
      <Table<TurnoverRow>
        size="middle"
        rowKey="itemId"
        loading={report.isPending}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
        data-testid="turnover-table"
        columns={[
          { title: t('inventory.fields.item'), key: 'item', width: 220, render: (_v, r) => `${r.itemCode} ${r.itemName}` },
          { title: t('inventory.reports.openingValue'), key: 'o', width: 120, align: 'right', render: (_v, r) => <Amount value={r.openingValue} /> },
          { title: t('inventory.reports.closingValue'), key: 'c', width: 120, align: 'right', render: (_v, r) => <Amount value={r.closingValue} /> },
          { title: t('inventory.reports.averageValue'), key: 'a', width: 120, align: 'right', render: (_v, r) => <Amount value={r.averageValue} /> },
          { title: t('inventory.reports.issuedCost'), key: 'i', width: 120, align: 'right', render: (_v, r) => <Amount value={r.issuedCost} /> },
          { title: t('inventory.reports.turnoverRate'), key: 't', width: 100, align: 'right', render: (_v, r) => ratio(r.turnover) },
          { title: t('inventory.reports.daysOfInventory'), key: 'd', width: 110, align: 'right', render: (_v, r) => days(r.daysOfInventory) },
        ]}
        summary={() => (total ? (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0}>{t('inventory.reports.total')}</Table.Summary.Cell>
            <Table.Summary.Cell index={1}><Amount value={total.openingValue} /></Table.Summary.Cell>
            <Table.Summary.Cell index={2}><Amount value={total.closingValue} /></Table.Summary.Cell>
            <Table.Summary.Cell index={3}><Amount value={total.averageValue} /></Table.Summary.Cell>
            <Table.Summary.Cell index={4}><Amount value={total.issuedCost} /></Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">{ratio(total.turnover)}</Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">{days(total.daysOfInventory)}</Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null)}
      />
    </>
  );
}

function SlowMoversTab() {
  const { t } = useTranslation();
  const [days, setDays] = useState(90);
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const params = { days, warehouseId: warehouseId ?? undefined };
  const report = useQuery({ queryKey: inventoryKeys.report('slow', params), queryFn: () => getSlowMovers(params) });
  const rows = report.data?.items ?? [];
  const columns: ListColumn<SlowMoverRow>[] = [
    { key: 'itemCode', title: t('inventory.fields.itemCode') },
    { key: 'itemName', title: t('inventory.fields.itemName') },
    { key: 'warehouseName', title: t('inventory.fields.warehouse') },
    { key: 'unitName', title: t('inventory.fields.unit') },
    { key: 'onHand', title: t('inventory.fields.onHand'), exportValue: (r) => Number(r.onHand) },
    { key: 'value', title: t('inventory.fields.value'), exportValue: (r) => Number(r.value) },
    { key: 'lastIssueDate', title: t('inventory.reports.lastIssue') },
    { key: 'daysSinceIssue', title: t('inventory.reports.daysSinceIssue') },
  ];
  return (
    <>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Typography.Text>{t('inventory.reports.noIssueFor')}</Typography.Text>
          <InputNumber min={1} max={3650} precision={0} value={days} onChange={(v) => setDays(v ?? 90)} suffix={t('inventory.reports.daysUnit')} style={{ width: 120 }} />
          <WarehouseSelect allowClear value={warehouseId} onChange={(v) => setWarehouseId(v)} placeholder={t('inventory.allWarehouses')} style={{ width: 180 }} />
        </Space>
        <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={() => exportRows(t('inventory.reports.slowMovers'), t('inventory.reports.slowMovers'), columns, rows, t('common.requestFailed'))} data-testid="slow-export">
          {t('inventory.export')}
        </Button>
      </Space>
      <Table<SlowMoverRow>
        size="middle"
        rowKey={(r) => `${r.itemId}:${r.warehouseId}`}
        loading={report.isPending}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
        data-testid="slow-table"
        columns={[
          { title: t('inventory.fields.item'), key: 'item', width: 220, render: (_v, r) => `${r.itemCode} ${r.itemName}` },
          { title: t('inventory.fields.warehouse'), dataIndex: 'warehouseName', width: 110 },
          { title: t('inventory.fields.unit'), dataIndex: 'unitName', width: 60 },
          { title: t('inventory.fields.onHand'), key: 'onHand', width: 100, align: 'right', render: (_v, r) => <Qty value={r.onHand} /> },
          { title: t('inventory.fields.value'), key: 'value', width: 120, align: 'right', render: (_v, r) => <Amount value={r.value} /> },
          { title: t('inventory.reports.lastIssue'), key: 'lastIssueDate', width: 120, render: (_v, r) => (r.lastIssueDate ? formatDate(r.lastIssueDate) : t('inventory.reports.never')) },
          { title: t('inventory.reports.daysSinceIssue'), key: 'daysSinceIssue', width: 120, align: 'right', render: (_v, r) => r.daysSinceIssue ?? '-' },
        ]}
      />
    </>
  );
}
