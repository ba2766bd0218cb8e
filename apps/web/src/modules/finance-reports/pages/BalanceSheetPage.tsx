import { useMemo } from 'react';
import { Alert, Table, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getBalanceSheet, reportKeys, type BalanceSheetRow } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { Money } from '../components/Money.tsx';
import { PeriodPicker } from '../components/pickers.tsx';
import { useLabel, usePeriodText, useReportParams } from '../components/report-hooks.tsx';
import { currentPeriod, parsePeriod, periodIso } from '../components/period.ts';
import { pairBalanceSheet, type BalanceSheetPair } from '../components/statement-pairs.ts';
import { reportFileName, type ExportBase, type ReportColumn, type ReportRow } from '../components/report-layout.ts';

type Side = 'left' | 'right';

/** 资产负债表 (小企业/一般企业 layout): assets beside liabilities and equity, closing vs. start of year. */
export default function BalanceSheetPage() {
  const { t } = useTranslation();
  const periods = usePeriodText();
  const label = useLabel();
  const { params, update } = useReportParams();
  const period = parsePeriod(params.get('period'), currentPeriod());
  const query = useQuery({ queryKey: reportKeys.balanceSheet(period), queryFn: () => getBalanceSheet(period), meta: { silent: true } });
  const data = query.data;
  const pairs = useMemo(() => (data ? pairBalanceSheet(data.assets, data.liabilitiesAndEquity) : []), [data]);

  const labelCell = (row: BalanceSheetRow | null) => {
    if (!row) return null;
    const strong = row.kind !== 'item';
    return <span style={{ paddingLeft: row.indent * 16, fontWeight: strong ? 600 : undefined }}>{label(row.label)}</span>;
  };
  const amount = (row: BalanceSheetRow | null, key: 'closing' | 'yearOpening') =>
    (row && row.kind !== 'heading' ? <Money value={row[key]} strong={row.kind === 'total'} /> : null);
  const sideColumns = (side: Side): TableColumnsType<BalanceSheetPair> => [
    { key: `${side}-label`, title: t(`financeReports.balanceSheet.${side === 'left' ? 'assets' : 'liabilitiesAndEquity'}`), width: 200, render: (_, p) => labelCell(p[side]) },
    { key: `${side}-line`, title: t('financeReports.common.lineNo'), width: 50, align: 'center', render: (_, p) => p[side]?.lineNo ?? '' },
    { key: `${side}-closing`, title: t('financeReports.balanceSheet.closing'), width: 125, align: 'right', render: (_, p) => amount(p[side], 'closing') },
    { key: `${side}-opening`, title: t('financeReports.balanceSheet.yearOpening'), width: 125, align: 'right', render: (_, p) => amount(p[side], 'yearOpening') },
  ];
  const columns = [...sideColumns('left'), ...sideColumns('right')];

  const buildExport = data ? (base: ExportBase) => {
    const exportColumns: ReportColumn[] = (['left', 'right'] as const).flatMap((side): ReportColumn[] => [
      { key: `${side}Label`, header: t(`financeReports.balanceSheet.${side === 'left' ? 'assets' : 'liabilitiesAndEquity'}`), kind: 'text', width: 30 },
      { key: `${side}Line`, header: t('financeReports.common.lineNo'), kind: 'integer', width: 6 },
      { key: `${side}Closing`, header: t('financeReports.balanceSheet.closing'), kind: 'money' },
      { key: `${side}Opening`, header: t('financeReports.balanceSheet.yearOpening'), kind: 'money' },
    ]);
    const cellsOf = (side: Side, row: BalanceSheetRow | null) => (row ? {
      [`${side}Label`]: `${'　'.repeat(row.indent)}${label(row.label)}`,
      [`${side}Line`]: row.lineNo,
      [`${side}Closing`]: row.kind === 'heading' ? null : row.closing,
      [`${side}Opening`]: row.kind === 'heading' ? null : row.yearOpening,
    } : {});
    const rows: ReportRow[] = pairs.map((p) => ({
      cells: { ...cellsOf('left', p.left), ...cellsOf('right', p.right) },
      style: p.key === 'grand-total' ? 'total' : 'normal',
    }));
    return {
      ...base,
      fileName: reportFileName(base.title, periodIso(period)),
      sheetName: base.title,
      columns: exportColumns,
      rows,
      notes: data.balanced ? undefined : [t('financeReports.balanceSheet.notBalanced')],
    };
  } : undefined;

  return (
    <ReportShell
      id="balance-sheet"
      title={t('financeReports.balanceSheet.title')}
      periodText={periods.one(period)}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      filters={<PeriodPicker value={period} onChange={(p) => update({ period: p })} testId="bs-period" />}
    >
      {data && !data.balanced ? (
        <Alert type="error" showIcon title={t('financeReports.balanceSheet.notBalanced')} style={{ marginBottom: 12 }} data-testid="bs-not-balanced" />
      ) : null}
      <Table<BalanceSheetPair>
        rowKey="key"
        size="small"
        bordered
        loading={query.isFetching}
        columns={columns}
        dataSource={pairs}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(p) => (p.key === 'grand-total' ? 'fin-row-total' : '')}
        data-testid="bs-table"
      />
    </ReportShell>
  );
}
