import { useState } from 'react';
import { Button, Card, DatePicker, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { downloadExcel, type ListColumn } from '../../../shared/list/index.ts';
import { getSupplierPerformance, procurementKeys, type SupplierPerformanceRow } from '../api.ts';
import { formatMoney, formatQty } from '../decimal.ts';
import { Money } from '../components/Money.tsx';

const pct = (v: string | null) => (v === null ? '-' : `${formatQty(v)}%`);

/** 供应商绩效: on-time delivery, lead time, price variance and returns per supplier over a period. */
export default function SupplierReportPage() {
  const { t } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const from = range[0].format('YYYY-MM-DD');
  const to = range[1].format('YYYY-MM-DD');
  const report = useQuery({ queryKey: procurementKeys.performance(from, to), queryFn: () => getSupplierPerformance(from, to) });
  const rows = report.data?.rows ?? [];

  const columns: ListColumn<SupplierPerformanceRow>[] = [
    { key: 'supplierName', title: t('procurement.common.supplier') },
    { key: 'orders', title: t('procurement.report.orders') },
    { key: 'orderedAmount', title: t('procurement.report.orderedAmount'), exportValue: (r) => formatMoney(r.orderedAmount) },
    { key: 'receiptLines', title: t('procurement.report.receiptLines') },
    { key: 'onTimeRate', title: t('procurement.report.onTimeRate'), exportValue: (r) => pct(r.onTimeRate) },
    { key: 'averageLeadDays', title: t('procurement.report.averageLeadDays'), exportValue: (r) => (r.averageLeadDays === null ? '' : formatQty(r.averageLeadDays)) },
    { key: 'priceVarianceVsOrder', title: t('procurement.report.priceVarianceVsOrder'), exportValue: (r) => formatMoney(r.priceVarianceVsOrder) },
    { key: 'priceVarianceVsOrderPct', title: t('procurement.report.priceVarianceVsOrderPct'), exportValue: (r) => pct(r.priceVarianceVsOrderPct) },
    { key: 'priceVarianceVsListPct', title: t('procurement.report.priceVarianceVsListPct'), exportValue: (r) => pct(r.priceVarianceVsListPct) },
    { key: 'returnRate', title: t('procurement.report.returnRate'), exportValue: (r) => pct(r.returnRate) },
  ];

  return (
    <Card
      title={t('procurement.report.title')}
      extra={(
        <Space wrap>
          <DatePicker.RangePicker value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} data-testid="report-range" />
          <Button icon={<DownloadOutlined />} disabled={rows.length === 0} onClick={() => void downloadExcel(`${t('procurement.report.title')} ${from}~${to}`, t('procurement.report.title'), columns, rows)}>{t('list.export')}</Button>
        </Space>
      )}
      data-testid="supplier-report"
    >
      <Table<SupplierPerformanceRow>
        size="small"
        rowKey="supplierId"
        loading={report.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: t('procurement.common.supplier'), dataIndex: 'supplierName', fixed: 'left' },
          { title: t('procurement.report.orders'), dataIndex: 'orders', align: 'right' },
          { title: t('procurement.report.orderedAmount'), align: 'right', render: (_v, r) => <Money value={r.orderedAmount} /> },
          { title: t('procurement.report.receiptLines'), align: 'right', render: (_v, r) => `${r.onTimeLines} / ${r.receiptLines}` },
          { title: t('procurement.report.onTimeRate'), align: 'right', render: (_v, r) => <Typography.Text type={r.onTimeRate !== null && Number(r.onTimeRate) < 80 ? 'danger' : undefined}>{pct(r.onTimeRate)}</Typography.Text> },
          { title: t('procurement.report.averageLeadDays'), align: 'right', render: (_v, r) => (r.averageLeadDays === null ? '-' : formatQty(r.averageLeadDays)) },
          { title: t('procurement.report.priceVarianceVsOrder'), align: 'right', render: (_v, r) => <Money value={r.priceVarianceVsOrder} /> },
          { title: t('procurement.report.priceVarianceVsOrderPct'), align: 'right', render: (_v, r) => pct(r.priceVarianceVsOrderPct) },
          { title: t('procurement.report.priceVarianceVsListPct'), align: 'right', render: (_v, r) => pct(r.priceVarianceVsListPct) },
          { title: t('procurement.report.returnRate'), align: 'right', render: (_v, r) => pct(r.returnRate) },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>{t('procurement.report.help')}</Typography.Paragraph>
    </Card>
  );
}
