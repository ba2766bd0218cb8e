import { Empty, Table, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getGeneralLedger, reportKeys, type GeneralLedgerRow } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { AccountSelect, YearPicker, useAccounts } from '../components/pickers.tsx';
import { moneyColumn, useDirectionText, usePeriodText, useReportParams } from '../components/report-hooks.tsx';
import { periodOf } from '../components/period.ts';
import { reportFileName, type ExportBase, type ReportColumn } from '../components/report-layout.ts';

/** 总账: opening balance, then per month 本月合计 and 本年累计 with the running balance. */
export default function GeneralLedgerPage() {
  const { t } = useTranslation();
  const periods = usePeriodText();
  const directionText = useDirectionText();
  const { params, update } = useReportParams();
  const accounts = useAccounts();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const accountId = params.get('accountId') ?? '';

  const query = useQuery({
    queryKey: reportKeys.generalLedger(accountId, year),
    queryFn: () => getGeneralLedger(accountId, year),
    enabled: accountId !== '',
    meta: { silent: true },
  });
  const data = query.data;
  const account = data?.account ?? accounts.data?.find((a) => a.id === accountId);
  const subject = account ? `${account.code} ${account.name}` : '';
  const periodText = [t('financeReports.common.yearFormat', { year }), subject].filter(Boolean).join('  ');
  const kindText = (row: GeneralLedgerRow) => t(`financeReports.generalLedger.${row.kind}`);
  const periodLabel = (row: GeneralLedgerRow) => (row.period ? periods.one(row.period) : periods.one(periodOf(year, 1)));

  const columns: TableColumnsType<GeneralLedgerRow> = [
    { key: 'period', title: t('financeReports.generalLedger.period'), width: 120, render: (_, r) => (r.kind === 'yearToDate' ? '' : periodLabel(r)) },
    { key: 'summary', title: t('financeReports.generalLedger.summary'), width: 160, render: (_, r) => (r.kind === 'month' ? kindText(r) : <strong>{kindText(r)}</strong>) },
    moneyColumn<GeneralLedgerRow>('debit', t('financeReports.generalLedger.debit'), (r) => (r.kind === 'opening' ? null : r.debit)),
    moneyColumn<GeneralLedgerRow>('credit', t('financeReports.generalLedger.credit'), (r) => (r.kind === 'opening' ? null : r.credit)),
    { key: 'direction', title: t('financeReports.generalLedger.direction'), width: 80, align: 'center', render: (_, r) => directionText(r.balanceDirection) },
    moneyColumn<GeneralLedgerRow>('balance', t('financeReports.generalLedger.balance'), (r) => r.balance),
    {
      key: 'drill', title: '', width: 90, className: 'fin-report-screen-only',
      render: (_, r) => (r.kind === 'month' && r.period ? (
        <Link className="fin-report-screen-only" to={`/finance/reports/detail-ledger?accountId=${accountId}&from=${r.period}&to=${r.period}`}>{t('financeReports.menu.detailLedger')}</Link>
      ) : null),
    },
  ];

  const buildExport = data ? (base: ExportBase) => {
    const exportColumns: ReportColumn[] = [
      { key: 'period', header: t('financeReports.generalLedger.period'), kind: 'text', width: 14 },
      { key: 'summary', header: t('financeReports.generalLedger.summary'), kind: 'text', width: 16 },
      { key: 'debit', header: t('financeReports.generalLedger.debit'), kind: 'money' },
      { key: 'credit', header: t('financeReports.generalLedger.credit'), kind: 'money' },
      { key: 'direction', header: t('financeReports.generalLedger.direction'), kind: 'text', width: 8 },
      { key: 'balance', header: t('financeReports.generalLedger.balance'), kind: 'money' },
    ];
    return {
      ...base,
      fileName: reportFileName(base.title, data.account.code, String(year)),
      sheetName: `${base.title} ${data.account.code}`,
      columns: exportColumns,
      rows: data.rows.map((r) => ({
        cells: {
          period: r.kind === 'yearToDate' ? '' : periodLabel(r), summary: kindText(r),
          debit: r.kind === 'opening' ? null : r.debit, credit: r.kind === 'opening' ? null : r.credit,
          direction: directionText(r.balanceDirection), balance: r.balance,
        },
        style: r.kind === 'month' ? 'normal' as const : 'subtotal' as const,
      })),
    };
  } : undefined;

  return (
    <ReportShell
      id="general-ledger"
      title={t('financeReports.generalLedger.title')}
      periodText={periodText}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      filters={(
        <>
          <AccountSelect value={accountId || null} onChange={(id) => update({ accountId: id })} testId="gl-account" />
          <YearPicker value={year} onChange={(y) => update({ year: y })} testId="gl-year" />
        </>
      )}
    >
      {accountId === '' ? (
        <Empty description={t('financeReports.common.chooseAccountFirst')} />
      ) : (
        <Table<GeneralLedgerRow>
          rowKey={(r) => `${r.kind}-${r.period ?? 0}`}
          size="small"
          bordered
          loading={query.isFetching}
          columns={columns}
          dataSource={data?.rows ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (r.kind === 'month' ? '' : 'fin-row-heading')}
          data-testid="gl-table"
        />
      )}
    </ReportShell>
  );
}
