import { Progress, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DepartmentTreeSelect } from '../../org/index.ts';
import { getBudgetActual, reportKeys, type BudgetActualRow } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { Money } from '../components/Money.tsx';
import { YearPicker } from '../components/pickers.tsx';
import { moneyColumn, usePeriodText, useReportParams } from '../components/report-hooks.tsx';
import { isNegativeMoney, ratioPercent, sumMoney, toCents } from '../components/money.ts';
import { periodOf } from '../components/period.ts';
import { reportFileName, type ExportBase, type ReportColumn } from '../components/report-layout.ts';

const isOver = (r: Pick<BudgetActualRow, 'budget' | 'actual'>) => (toCents(r.actual) ?? 0n) > (toCents(r.budget) ?? 0n);

/** 预算执行: budget vs actual per department and account, over-budget lines in red. */
export default function BudgetActualPage() {
  const { t } = useTranslation();
  const periods = usePeriodText();
  const { params, update } = useReportParams();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const monthParam = Number(params.get('month'));
  const month = monthParam >= 1 && monthParam <= 12 ? monthParam : undefined;
  const departmentId = params.get('departmentId') ?? undefined;
  const query = useQuery({
    queryKey: reportKeys.budgetActual(year, month, departmentId),
    queryFn: () => getBudgetActual(year, month, departmentId),
    meta: { silent: true },
  });
  const rows = query.data ?? [];
  const totals = {
    budget: sumMoney(rows.map((r) => r.budget)),
    actual: sumMoney(rows.map((r) => r.actual)),
    variance: sumMoney(rows.map((r) => r.variance)),
  };
  const periodText = month ? periods.one(periodOf(year, month)) : t('financeReports.common.yearFormat', { year });

  const progress = (r: BudgetActualRow) => {
    const percent = ratioPercent(r.usedRatio);
    if (percent === null) return null;
    const over = isOver(r);
    return (
      <Space size={8}>
        <Progress percent={Math.min(100, percent)} format={() => `${percent}%`} status={over ? 'exception' : 'normal'} size="small" style={{ width: 150, margin: 0 }} />
        {over ? <Tag color="red" data-testid="budget-over">{t('financeReports.budgetActual.over')}</Tag> : null}
      </Space>
    );
  };

  const columns: TableColumnsType<BudgetActualRow> = [
    { key: 'department', title: t('financeReports.budgetActual.department'), dataIndex: 'departmentName', width: 120 },
    { key: 'account', title: t('financeReports.budgetActual.account'), width: 200, render: (_, r) => `${r.accountCode} ${r.accountName}` },
    moneyColumn<BudgetActualRow>('budget', t('financeReports.budgetActual.budget'), (r) => r.budget),
    {
      key: 'actual', title: t('financeReports.budgetActual.actual'), width: 130, align: 'right',
      render: (_, r) => <span style={isOver(r) ? { color: '#cf1322', fontWeight: 600 } : undefined}><Money value={r.actual} /></span>,
    },
    moneyColumn<BudgetActualRow>('variance', t('financeReports.budgetActual.variance'), (r) => r.variance, { width: 150 }),
    { key: 'usedRatio', title: t('financeReports.budgetActual.usedRatio'), width: 240, render: (_, r) => progress(r) },
  ];

  const buildExport = query.data ? (base: ExportBase) => {
    const exportColumns: ReportColumn[] = [
      { key: 'department', header: t('financeReports.budgetActual.department'), kind: 'text', width: 14 },
      { key: 'account', header: t('financeReports.budgetActual.account'), kind: 'text', width: 26 },
      { key: 'budget', header: t('financeReports.budgetActual.budget'), kind: 'money' },
      { key: 'actual', header: t('financeReports.budgetActual.actual'), kind: 'money' },
      { key: 'variance', header: t('financeReports.budgetActual.variance'), kind: 'money', width: 20 },
      { key: 'usedRatio', header: t('financeReports.budgetActual.usedRatio'), kind: 'percent', width: 10 },
    ];
    const ratio = (r: BudgetActualRow) => (r.usedRatio === null || r.usedRatio === '' ? null : Number(r.usedRatio));
    return {
      ...base,
      fileName: reportFileName(base.title, String(year), month ? String(month).padStart(2, '0') : ''),
      sheetName: base.title,
      columns: exportColumns,
      rows: [
        ...rows.map((r) => ({ cells: { department: r.departmentName, account: `${r.accountCode} ${r.accountName}`, budget: r.budget, actual: r.actual, variance: r.variance, usedRatio: ratio(r) } })),
        { cells: { department: t('financeReports.budgetActual.totals'), ...totals }, style: 'total' as const },
      ],
    };
  } : undefined;

  return (
    <ReportShell
      id="budget-actual"
      title={t('financeReports.budgetActual.title')}
      periodText={periodText}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      actions={<Link to={`/finance/budgets?year=${year}${departmentId ? `&departmentId=${departmentId}` : ''}`}>{t('financeReports.budgetActual.toBudgets')}</Link>}
      filters={(
        <>
          <YearPicker value={year} onChange={(y) => update({ year: y })} testId="ba-year" />
          <Select
            value={month ?? 0}
            onChange={(m: number) => update({ month: m || null })}
            options={[{ value: 0, label: t('financeReports.common.allMonths') }, ...Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: t('financeReports.budgets.monthN', { month: i + 1 }) }))]}
            style={{ width: 110 }}
            aria-label={t('financeReports.common.month')}
            data-testid="ba-month"
          />
          <DepartmentTreeSelect
            value={departmentId ?? null}
            onChange={(id) => update({ departmentId: typeof id === 'string' ? id : null })}
            placeholder={t('financeReports.common.allDepartments')}
            style={{ width: 200 }}
            testId="ba-department"
          />
        </>
      )}
    >
      <Table<BudgetActualRow>
        rowKey={(r) => `${r.departmentId}:${r.accountId}`}
        size="small"
        bordered
        loading={query.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="ba-table"
        summary={() => (rows.length > 0 ? (
          <Table.Summary fixed>
            <Table.Summary.Row className="fin-row-total">
              <Table.Summary.Cell index={0} colSpan={2}><strong>{t('financeReports.budgetActual.totals')}</strong></Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right"><Money value={totals.budget} strong /></Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right"><Money value={totals.actual} strong /></Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right"><Money value={totals.variance} strong /></Table.Summary.Cell>
              <Table.Summary.Cell index={5}>{isNegativeMoney(totals.variance) ? <Tag color="red">{t('financeReports.budgetActual.over')}</Tag> : null}</Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        ) : null)}
      />
    </ReportShell>
  );
}

