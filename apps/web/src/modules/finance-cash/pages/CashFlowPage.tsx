import { useState } from 'react';
import { Card, DatePicker, Form, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { financeCashKeys, getCashFlow, type CashFlowReport } from '../api.ts';
import { Money } from '../components/Money.tsx';

type Row = CashFlowReport['rows'][number];

const periodOf = (d: Dayjs): number => d.year() * 100 + d.month() + 1;

/** 现金流量: receipts and payments by cash-flow category over a range of months. */
export default function CashFlowPage() {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [dayjs().startOf('year'), dayjs()]);
  const from = periodOf(range[0]);
  const to = periodOf(range[1]);
  const report = useQuery({ queryKey: financeCashKeys.report('cashFlow', { from, to }), queryFn: () => getCashFlow(from, to) });
  const data = report.data;
  const label = (r: Row) => (r.label as Record<string, string | undefined>)[i18n.language] ?? r.label['zh-CN'] ?? t(`financeCash.cashFlowCategories.${r.category}`, { defaultValue: r.category });

  return (
    <Card title={t('financeCash.cashFlow.title')} data-testid="cash-flow-page">
      <Form layout="inline" style={{ marginBottom: 12 }}>
        <Form.Item label={t('financeCash.common.periodRange')}>
          <DatePicker.RangePicker picker="month" value={range} allowClear={false} onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])} />
        </Form.Item>
      </Form>
      <Table<Row>
        size="middle"
        rowKey="category"
        loading={report.isFetching}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('financeCash.cashFlow.category'), render: (_v, r) => label(r) },
          { title: t('financeCash.cashFlow.inflow'), align: 'right', width: 150, render: (_v, r) => <Money value={r.inflow} dashZero /> },
          { title: t('financeCash.cashFlow.outflow'), align: 'right', width: 150, render: (_v, r) => <Money value={r.outflow} dashZero /> },
          { title: t('financeCash.cashFlow.net'), align: 'right', width: 150, render: (_v, r) => <Money value={r.net} /> },
        ]}
        summary={() => (data ? (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}><Typography.Text strong>{t('financeCash.cashFlow.netTotal')}</Typography.Text></Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right"><Money value={data.totalIn} strong /></Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right"><Money value={data.totalOut} strong /></Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right"><Money value={data.net} strong testId="cash-flow-net" /></Table.Summary.Cell>
          </Table.Summary.Row>
        ) : null)}
      />
    </Card>
  );
}
