import { useMemo } from 'react';
import { Alert, Empty, Table, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DepartmentTreeSelect } from '../../org/index.ts';
import { getDetailLedger, reportKeys } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { AccountSelect, PartnerSelect, PeriodRangePicker, useAccounts } from '../components/pickers.tsx';
import { moneyColumn, useDirectionText, usePeriodText, useReportParams } from '../components/report-hooks.tsx';
import { currentPeriod, parsePeriod, periodIso, periodOf, periodYear } from '../components/period.ts';
import { ledgerLines, type LedgerLine } from '../components/ledger-lines.ts';
import { reportFileName, type ExportBase, type ReportColumn } from '../components/report-layout.ts';

/** 明细账: every posted line of an account (and its sub-accounts) over a period range. */
export default function DetailLedgerPage() {
  const { t } = useTranslation();
  const periods = usePeriodText();
  const directionText = useDirectionText();
  const { params, update } = useReportParams();
  const accounts = useAccounts();
  const to = parsePeriod(params.get('to'), currentPeriod());
  const from = parsePeriod(params.get('from'), periodOf(periodYear(to), 1));
  const accountId = params.get('accountId') ?? '';
  const partnerId = params.get('partnerId') ?? undefined;
  const departmentId = params.get('departmentId') ?? undefined;
  const request = { accountId, from, to, partnerId, departmentId };

  const query = useQuery({
    queryKey: reportKeys.detailLedger(request),
    queryFn: () => getDetailLedger(request),
    enabled: accountId !== '',
    meta: { silent: true },
  });
  const data = query.data;
  const account = data?.account ?? accounts.data?.find((a) => a.id === accountId);
  const title = t('financeReports.detailLedger.title');
  const subject = account ? `${account.code} ${account.name}` : '';
  const periodText = [periods.range(from, to), subject].filter(Boolean).join('  ');
  const lines = useMemo(() => (data ? ledgerLines(data, {
    opening: t('financeReports.detailLedger.opening'), closing: t('financeReports.detailLedger.closing'),
  }) : []), [data, t]);

  // A parent account's ledger lists its sub-accounts' lines: show which one each line hit.
  const multiAccount = data ? data.rows.some((r) => r.accountCode !== data.account.code) : false;
  const accountLabel = (code: string) => {
    const name = code ? accounts.data?.find((a) => a.code === code)?.name : undefined;
    return name ? `${code} ${name}` : code;
  };
  const columns: TableColumnsType<LedgerLine> = [
    { key: 'date', title: t('financeReports.detailLedger.date'), dataIndex: 'date', width: 110 },
    {
      key: 'voucherNumber', title: t('financeReports.detailLedger.voucherNumber'), width: 110,
      render: (_, r) => (r.voucherId ? <Link to={`/finance/vouchers/${r.voucherId}`} data-testid="dl-voucher-link">{r.voucherNumber}</Link> : null),
    },
    ...(multiAccount ? [{ key: 'accountCode', title: t('financeReports.common.account'), width: 200, render: (_: unknown, r: LedgerLine) => <span style={{ whiteSpace: 'nowrap' }}>{accountLabel(r.accountCode)}</span> }] : []),
    { key: 'summary', title: t('financeReports.detailLedger.summary'), dataIndex: 'summary', width: 260, render: (v: string, r) => (r.kind === 'entry' ? v : <strong>{v}</strong>) },
    moneyColumn<LedgerLine>('debit', t('financeReports.detailLedger.debit'), (r) => r.debit, { blankZero: true }),
    moneyColumn<LedgerLine>('credit', t('financeReports.detailLedger.credit'), (r) => r.credit, { blankZero: true }),
    { key: 'direction', title: t('financeReports.detailLedger.direction'), width: 70, align: 'center', render: (_, r) => directionText(r.direction) },
    moneyColumn<LedgerLine>('balance', t('financeReports.detailLedger.balance'), (r) => r.balance),
  ];

  const buildExport = data ? (base: ExportBase) => {
    const exportColumns: ReportColumn[] = [
      { key: 'date', header: t('financeReports.detailLedger.date'), kind: 'text', width: 12 },
      { key: 'voucherNumber', header: t('financeReports.detailLedger.voucherNumber'), kind: 'text', width: 12 },
      ...(multiAccount ? [{ key: 'accountCode', header: t('financeReports.common.account'), kind: 'text' as const, width: 22 }] : []),
      { key: 'summary', header: t('financeReports.detailLedger.summary'), kind: 'text', width: 36 },
      { key: 'debit', header: t('financeReports.detailLedger.debit'), kind: 'money' },
      { key: 'credit', header: t('financeReports.detailLedger.credit'), kind: 'money' },
      { key: 'direction', header: t('financeReports.detailLedger.direction'), kind: 'text', width: 8 },
      { key: 'balance', header: t('financeReports.detailLedger.balance'), kind: 'money' },
    ];
    return {
      ...base,
      fileName: reportFileName(base.title, data.account.code, periodIso(from), periodIso(to)),
      sheetName: `${base.title} ${data.account.code}`,
      columns: exportColumns,
      rows: lines.map((l) => ({
        cells: { ...l, accountCode: accountLabel(l.accountCode), direction: directionText(l.direction) },
        style: l.kind === 'entry' ? 'normal' as const : 'total' as const,
      })),
      notes: data.truncated ? [t('financeReports.detailLedger.truncated')] : undefined,
    };
  } : undefined;

  return (
    <ReportShell
      id="detail-ledger"
      title={title}
      periodText={periodText}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      filters={(
        <>
          <AccountSelect value={accountId || null} onChange={(id) => update({ accountId: id })} testId="dl-account" />
          <PeriodRangePicker from={from} to={to} onChange={(f, tt) => update({ from: f, to: tt })} testId="dl-range" />
          <PartnerSelect value={partnerId} onChange={(id) => update({ partnerId: id })} testId="dl-partner" />
          <DepartmentTreeSelect
            value={departmentId ?? null}
            onChange={(id) => update({ departmentId: typeof id === 'string' ? id : null })}
            placeholder={t('financeReports.common.allDepartments')}
            style={{ width: 180 }}
            testId="dl-department"
          />
        </>
      )}
    >
      {data?.truncated ? <Alert type="warning" showIcon title={t('financeReports.detailLedger.truncated')} style={{ marginBottom: 12 }} /> : null}
      {accountId === '' ? (
        <Empty description={t('financeReports.common.chooseAccountFirst')} />
      ) : (
        <Table<LedgerLine>
          rowKey="key"
          size="small"
          bordered
          loading={query.isFetching}
          columns={columns}
          dataSource={lines}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (r.kind === 'entry' ? '' : 'fin-row-total')}
          data-testid="dl-table"
        />
      )}
    </ReportShell>
  );
}
