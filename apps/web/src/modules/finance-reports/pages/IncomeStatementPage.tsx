import { Table, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getIncomeStatement, reportKeys, type IncomeStatementRow } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { Money } from '../components/Money.tsx';
import { PeriodPicker } from '../components/pickers.tsx';
import { useLabel, usePeriodText, useReportParams } from '../components/report-hooks.tsx';
import { currentPeriod, parsePeriod, periodIso } from '../components/period.ts';
import { reportFileName, type ExportBase, type ReportColumn } from '../components/report-layout.ts';

/** 利润表: 本期金额 and 本年累计金额 per statement line. */
export default function IncomeStatementPage() {
  const { t } = useTranslation();
  const periods = usePeriodText();
  const label = useLabel();
  const { params, update } = useReportParams();
  const period = parsePeriod(params.get('period'), currentPeriod());
  const query = useQuery({ queryKey: reportKeys.incomeStatement(period), queryFn: () => getIncomeStatement(period), meta: { silent: true } });
  const data = query.data;

  const amount = (row: IncomeStatementRow, value: string | null) => (row.kind === 'heading' ? null : <Money value={value} strong={row.kind === 'total'} />);
  const columns: TableColumnsType<IncomeStatementRow> = [
    {
      key: 'label', title: t('financeReports.incomeStatement.item'), width: 320,
      render: (_, r) => <span style={{ paddingLeft: r.indent * 16, fontWeight: r.kind === 'item' ? undefined : 600 }}>{label(r.label)}</span>,
    },
    { key: 'lineNo', title: t('financeReports.common.lineNo'), width: 64, align: 'center', render: (_, r) => r.lineNo ?? '' },
    { key: 'currentPeriod', title: t('financeReports.incomeStatement.currentPeriod'), width: 160, align: 'right', render: (_, r) => amount(r, r.currentPeriod) },
    { key: 'yearToDate', title: t('financeReports.incomeStatement.yearToDate'), width: 160, align: 'right', render: (_, r) => amount(r, r.yearToDate) },
  ];

  const buildExport = data ? (base: ExportBase) => {
    const exportColumns: ReportColumn[] = [
      { key: 'label', header: t('financeReports.incomeStatement.item'), kind: 'text', width: 40 },
      { key: 'lineNo', header: t('financeReports.common.lineNo'), kind: 'integer', width: 6 },
      { key: 'currentPeriod', header: t('financeReports.incomeStatement.currentPeriod'), kind: 'money', width: 18 },
      { key: 'yearToDate', header: t('financeReports.incomeStatement.yearToDate'), kind: 'money', width: 18 },
    ];
    return {
      ...base,
      fileName: reportFileName(base.title, periodIso(period)),
      sheetName: base.title,
      columns: exportColumns,
      rows: data.rows.map((r) => ({
        cells: { label: label(r.label), lineNo: r.lineNo, currentPeriod: r.kind === 'heading' ? null : r.currentPeriod, yearToDate: r.kind === 'heading' ? null : r.yearToDate },
        indent: r.indent,
        style: r.kind === 'item' ? 'normal' as const : r.kind,
      })),
    };
  } : undefined;

  return (
    <ReportShell
      id="income-statement"
      title={t('financeReports.incomeStatement.title')}
      periodText={periods.one(period)}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      filters={<PeriodPicker value={period} onChange={(p) => update({ period: p })} testId="is-period" />}
    >
      <Table<IncomeStatementRow>
        rowKey="key"
        size="small"
        bordered
        loading={query.isFetching}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.kind === 'total' ? 'fin-row-total' : r.kind === 'item' ? '' : 'fin-row-heading')}
        data-testid="is-table"
      />
    </ReportShell>
  );
}
