import { useMemo } from 'react';
import { Table, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getVatSummary, reportKeys, type VatSummary } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { Money } from '../components/Money.tsx';
import { PeriodPicker } from '../components/pickers.tsx';
import { usePeriodText, useReportParams } from '../components/report-hooks.tsx';
import { currentPeriod, parsePeriod, periodIso } from '../components/period.ts';
import { formatRate, sumMoney } from '../components/money.ts';
import { reportFileName, type ExportBase, type ReportColumn } from '../components/report-layout.ts';

interface VatLineView {
  key: string;
  label: string;
  rate: string;
  base: string | null;
  tax: string | null;
  style: 'normal' | 'heading' | 'subtotal' | 'total';
}

/** 增值税汇总: output and input VAT by rate, then 应纳税额 = 销项 − 进项 (negative → 留抵). */
export default function VatSummaryPage() {
  const { t } = useTranslation();
  const periods = usePeriodText();
  const { params, update } = useReportParams();
  const period = parsePeriod(params.get('period'), currentPeriod());
  const query = useQuery({ queryKey: reportKeys.vat(period), queryFn: () => getVatSummary(period), meta: { silent: true } });
  const data = query.data;

  const lines = useMemo<VatLineView[]>(() => {
    if (!data) return [];
    const section = (side: 'output' | 'input', items: VatSummary['output']): VatLineView[] => [
      { key: `${side}-h`, label: t(`financeReports.vat.${side}`), rate: '', base: null, tax: null, style: 'heading' },
      ...(items.length === 0
        ? [{ key: `${side}-none`, label: t('financeReports.vat.noLines'), rate: '', base: null, tax: null, style: 'normal' as const }]
        : items.map((l, i) => ({ key: `${side}-${l.rate ?? i}`, label: '', rate: l.rate === null ? t('financeReports.vat.noRate') : formatRate(l.rate), base: l.base, tax: l.tax, style: 'normal' as const }))),
      {
        key: `${side}-s`, label: t('financeReports.vat.subtotal'), rate: '', base: items.some((l) => l.base !== null) ? sumMoney(items.map((l) => l.base)) : null,
        tax: side === 'output' ? data.outputTax : data.inputTax, style: 'subtotal',
      },
    ];
    return [
      ...section('output', data.output),
      ...section('input', data.input),
      { key: 'summary', label: t('financeReports.vat.summary'), rate: '', base: null, tax: null, style: 'heading' },
      { key: 'outputTax', label: t('financeReports.vat.outputTax'), rate: '', base: null, tax: data.outputTax, style: 'normal' },
      { key: 'inputTax', label: t('financeReports.vat.inputTax'), rate: '', base: null, tax: data.inputTax, style: 'normal' },
      { key: 'openingCredit', label: t('financeReports.vat.openingCredit'), rate: '', base: null, tax: data.openingCredit, style: 'normal' },
      { key: 'payable', label: t('financeReports.vat.payable'), rate: '', base: null, tax: data.payable, style: 'total' },
      { key: 'carriedCredit', label: t('financeReports.vat.carriedCredit'), rate: '', base: null, tax: data.carriedCredit, style: 'total' },
    ];
  }, [data, t]);

  const columns: TableColumnsType<VatLineView> = [
    { key: 'label', title: t('financeReports.vat.section'), width: 220, render: (_, l) => (l.style === 'normal' ? <span style={{ paddingLeft: 16 }}>{l.label}</span> : <strong>{l.label}</strong>) },
    { key: 'rate', title: t('financeReports.vat.rate'), dataIndex: 'rate', width: 90, align: 'center' },
    { key: 'base', title: t('financeReports.vat.base'), width: 160, align: 'right', render: (_, l) => <Money value={l.base} /> },
    { key: 'tax', title: t('financeReports.vat.tax'), width: 160, align: 'right', render: (_, l) => <span data-testid={`vat-${l.key}`}><Money value={l.tax} strong={l.style === 'total'} /></span> },
  ];

  const buildExport = data ? (base: ExportBase) => {
    const exportColumns: ReportColumn[] = [
      { key: 'label', header: t('financeReports.vat.section'), kind: 'text', width: 26 },
      { key: 'rate', header: t('financeReports.vat.rate'), kind: 'text', width: 10 },
      { key: 'base', header: t('financeReports.vat.base'), kind: 'money', width: 18 },
      { key: 'tax', header: t('financeReports.vat.tax'), kind: 'money', width: 18 },
    ];
    return {
      ...base,
      fileName: reportFileName(base.title, periodIso(period)),
      sheetName: base.title,
      columns: exportColumns,
      rows: lines.map((l) => ({ cells: { label: l.label, rate: l.rate, base: l.base, tax: l.tax }, style: l.style, indent: l.style === 'normal' ? 1 : 0 })),
    };
  } : undefined;

  return (
    <ReportShell
      id="vat-summary"
      title={t('financeReports.vat.title')}
      periodText={periods.one(period)}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      filters={<PeriodPicker value={period} onChange={(p) => update({ period: p })} testId="vat-period" />}
    >
      <Table<VatLineView>
        rowKey="key"
        size="small"
        bordered
        loading={query.isFetching}
        columns={columns}
        dataSource={lines}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(l) => (l.style === 'total' ? 'fin-row-total' : l.style === 'normal' ? '' : 'fin-row-heading')}
        data-testid="vat-table"
      />
    </ReportShell>
  );
}
