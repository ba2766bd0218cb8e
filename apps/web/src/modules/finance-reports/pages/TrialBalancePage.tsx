import { useMemo, type HTMLAttributes } from 'react';
import { Alert, Select, Space, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { getTrialBalance, reportKeys, type TrialBalanceAmounts, type TrialBalanceRow } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { Money } from '../components/Money.tsx';
import { PeriodRangePicker } from '../components/pickers.tsx';
import { moneyColumn, usePeriodText, useReportParams } from '../components/report-hooks.tsx';
import { currentPeriod, parsePeriod, periodIso, periodOf, periodYear } from '../components/period.ts';
import { reportFileName, type ExportBase, type ReportColumn } from '../components/report-layout.ts';
import { toCents } from '../components/money.ts';

const amountKeys = ['openingDebit', 'openingCredit', 'periodDebit', 'periodCredit', 'closingDebit', 'closingCredit'] as const;
type AmountKey = typeof amountKeys[number];
const sidePairs = [['openingDebit', 'openingCredit'], ['periodDebit', 'periodCredit'], ['closingDebit', 'closingCredit']] as const;

/** 科目余额表: opening / period activity / closing per account, with a drill-down to the detail ledger. */
export default function TrialBalancePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = usePeriodText();
  const { params, update } = useReportParams();
  const now = currentPeriod();
  const to = parsePeriod(params.get('to'), now);
  const from = parsePeriod(params.get('from'), periodOf(periodYear(to), 1));
  const level = Math.min(4, Math.max(1, Number(params.get('level')) || 4));
  const includeZero = params.get('includeZero') === 'true';

  const query = useQuery({
    queryKey: reportKeys.trialBalance(from, to, level, includeZero),
    queryFn: () => getTrialBalance(from, to, level, includeZero),
    meta: { silent: true },
  });
  const data = query.data;

  const groupTitle = (group: 'opening' | 'period' | 'closing') => t(`financeReports.trialBalance.${group}`);
  const sideTitle = (key: AmountKey) => t(`financeReports.trialBalance.${key.endsWith('Debit') ? 'debit' : 'credit'}`);
  const groupOf = (key: AmountKey) => (key.startsWith('opening') ? 'opening' : key.startsWith('period') ? 'period' : 'closing');

  const columns = useMemo<TableColumnsType<TrialBalanceRow>>(() => [
    { key: 'code', title: t('financeReports.trialBalance.code'), dataIndex: 'code', width: 120 },
    {
      key: 'name',
      title: t('financeReports.trialBalance.name'),
      width: 220,
      render: (_, row) => <span style={{ paddingLeft: (row.level - 1) * 16, fontWeight: row.isLeaf ? undefined : 600 }}>{row.name}</span>,
    },
    ...(['opening', 'period', 'closing'] as const).map((group) => ({
      key: group,
      title: groupTitle(group),
      children: amountKeys.filter((k) => groupOf(k) === group).map((k) => moneyColumn<TrialBalanceRow>(k, sideTitle(k), (r) => r[k], { blankZero: true })),
    })),
  ], [t]);

  const unbalanced = data && sidePairs.some(([debit, credit]) => toCents(data.totals[debit]) !== toCents(data.totals[credit]));
  const periodText = periods.range(from, to);

  const buildExport = data ? (base: ExportBase) => {
    const exportColumns: ReportColumn[] = [
      { key: 'code', header: t('financeReports.trialBalance.code'), kind: 'text', width: 14 },
      { key: 'name', header: t('financeReports.trialBalance.name'), kind: 'text', width: 28 },
      ...amountKeys.map((k): ReportColumn => ({ key: k, header: sideTitle(k), group: groupTitle(groupOf(k)), kind: 'money' })),
    ];
    const totals: Record<string, string> = { code: t('financeReports.trialBalance.totals'), ...pickAmounts(data.totals) };
    return {
      ...base,
      fileName: reportFileName(base.title, periodIso(from), periodIso(to)),
      sheetName: base.title,
      columns: exportColumns,
      rows: [
        ...data.rows.map((r) => ({ cells: { code: r.code, name: r.name, ...pickAmounts(r) }, indent: r.level - 1, style: r.isLeaf ? 'normal' as const : 'subtotal' as const })),
        { cells: totals, style: 'total' as const },
      ],
    };
  } : undefined;

  return (
    <ReportShell
      id="trial-balance"
      title={t('financeReports.trialBalance.title')}
      periodText={periodText}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      filters={(
        <>
          <PeriodRangePicker from={from} to={to} onChange={(f, tt) => update({ from: f, to: tt })} testId="tb-range" />
          <Select
            value={level}
            onChange={(v: number) => update({ level: v })}
            options={[1, 2, 3, 4].map((l) => ({ value: l, label: t('financeReports.trialBalance.levelOption', { level: l }) }))}
            style={{ width: 110 }}
            aria-label={t('financeReports.trialBalance.level')}
            data-testid="tb-level"
          />
          <Space size={6}>
            <Switch checked={includeZero} onChange={(v) => update({ includeZero: v || null })} data-testid="tb-include-zero" />
            <Typography.Text>{t('financeReports.trialBalance.includeZero')}</Typography.Text>
          </Space>
          <Typography.Text type="secondary">{t('financeReports.trialBalance.drillHint')}</Typography.Text>
        </>
      )}
    >
      {unbalanced ? <Alert type="error" showIcon title={t('financeReports.trialBalance.unbalanced')} style={{ marginBottom: 12 }} data-testid="tb-unbalanced" /> : null}
      <Table<TrialBalanceRow>
        rowKey="accountId"
        size="small"
        bordered
        loading={query.isFetching}
        columns={columns}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => `fin-row-clickable${r.isLeaf ? '' : ' fin-row-heading'}`}
        onRow={(row) => ({
          onClick: () => navigate(`/finance/reports/detail-ledger?accountId=${row.accountId}&from=${from}&to=${to}`),
          'data-testid': `tb-row-${row.code}`,
        } as HTMLAttributes<HTMLElement>)}
        summary={() => data ? (
          <Table.Summary fixed>
            <Table.Summary.Row className="fin-row-total" data-testid="tb-totals">
              <Table.Summary.Cell index={0} colSpan={2}><strong>{t('financeReports.trialBalance.totals')}</strong></Table.Summary.Cell>
              {amountKeys.map((k, i) => (
                <Table.Summary.Cell key={k} index={i + 2} align="right">
                  <span data-testid={`tb-total-${k}`} data-value={data.totals[k]}><Money value={data.totals[k]} strong /></span>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null}
      />
    </ReportShell>
  );
}

function pickAmounts(source: TrialBalanceAmounts): Record<AmountKey, string> {
  return Object.fromEntries(amountKeys.map((k) => [k, source[k]])) as Record<AmountKey, string>;
}
