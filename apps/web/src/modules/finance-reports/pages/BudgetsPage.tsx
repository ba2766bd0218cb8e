import { useMemo, useState } from 'react';
import { App as AntApp, Alert, Button, InputNumber, Table, Typography, type TableColumnsType } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAuth } from '../../../app/auth/index.ts';
import { DepartmentTreeSelect } from '../../org/index.ts';
import { listBudgets, reportKeys, saveBudget, type BudgetRow } from '../api.ts';
import { ReportShell } from '../components/ReportShell.tsx';
import { Money } from '../components/Money.tsx';
import { AccountSelect, YearPicker, useAccounts } from '../components/pickers.tsx';
import { useReportParams } from '../components/report-hooks.tsx';
import { budgetRowKey, budgetTotals, effectiveMonths, monthIndexes, monthsForSave } from '../components/budget-grid.ts';
import { normalizeMoney, sumMoney } from '../components/money.ts';
import { reportFileName, type ExportBase, type ReportColumn } from '../components/report-layout.ts';

/** Thousands separators while typing (the value itself stays a plain decimal string). */
const groupThousands = (value: string | undefined) => {
  const [whole = '', fraction] = (value ?? '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
};

/** 预算编制: a department's budget per account × month; finance.budget.manage edits and saves row by row. */
export default function BudgetsPage() {
  const { t } = useTranslation();
  const { can } = useAuth();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const { params, update } = useReportParams();
  const accounts = useAccounts();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const departmentId = params.get('departmentId') ?? undefined;
  const canManage = can('finance.budget.manage');
  const [drafts, setDrafts] = useState<Record<string, string[]>>({});
  const [added, setAdded] = useState<BudgetRow[]>([]);

  const query = useQuery({ queryKey: reportKeys.budgets(year, departmentId), queryFn: () => listBudgets(year, departmentId), meta: { silent: true } });
  const serverRows = query.data ?? [];
  // Rows added in this visit stay until the server returns them (after their first save).
  const rows = useMemo(() => [
    ...serverRows,
    ...added.filter((a) => a.departmentId === departmentId && !serverRows.some((r) => budgetRowKey(r) === budgetRowKey(a))),
  ], [serverRows, added, departmentId]);
  const totals = budgetTotals(rows, drafts);

  const save = useMutation({
    mutationFn: (row: BudgetRow) => {
      const months = monthsForSave(effectiveMonths(row, drafts));
      if (!months) throw new Error(t('financeReports.budgets.invalidAmount'));
      return saveBudget({ year, departmentId: row.departmentId, accountId: row.accountId, months });
    },
    onSuccess: async (_saved, row) => {
      setDrafts(({ [budgetRowKey(row)]: _dropped, ...rest }) => rest);
      void message.success(t('financeReports.budgets.saved'));
      await queryClient.invalidateQueries({ queryKey: reportKeys.all });
    },
  });

  const setMonth = (row: BudgetRow, month: number, value: string | null) => {
    const key = budgetRowKey(row);
    setDrafts((current) => {
      const months = [...(current[key] ?? row.months)];
      months[month] = value ?? '';
      return { ...current, [key]: months };
    });
  };

  // Server amounts shown with 2 decimals; an edit in progress is shown exactly as typed.
  const cellValue = (row: BudgetRow, month: number): string | null => {
    const draft = drafts[budgetRowKey(row)];
    if (draft) return draft[month] || null;
    return normalizeMoney(row.months[month]);
  };

  const addAccount = (accountId: string | null) => {
    const account = accounts.data?.find((a) => a.id === accountId);
    if (!account || !departmentId) return;
    setAdded((current) => [...current, {
      departmentId, departmentName: '', accountId: account.id, accountCode: account.code, accountName: account.name,
      months: monthIndexes.map(() => '0.00'), total: '0.00',
    }]);
  };

  const columns: TableColumnsType<BudgetRow> = [
    ...(departmentId ? [] : [{ key: 'department', title: t('financeReports.common.department'), dataIndex: 'departmentName', width: 110, fixed: 'left' as const }]),
    { key: 'account', title: t('financeReports.budgets.account'), width: 150, fixed: 'left', render: (_, r) => `${r.accountCode} ${r.accountName}` },
    ...monthIndexes.map((m) => ({
      key: `m${m + 1}`,
      title: t('financeReports.budgets.monthN', { month: m + 1 }),
      width: 104,
      align: 'right' as const,
      render: (_: unknown, r: BudgetRow) => (canManage ? (
        <>
          <span className="fin-print-only"><Money value={effectiveMonths(r, drafts)[m]} /></span>
          <InputNumber<string>
            className="fin-report-screen-only"
            stringMode
            controls={false}
            min="0"
            precision={2}
            formatter={(v, info) => (info.userTyping ? info.input : groupThousands(normalizeMoney(v) ?? v))}
            parser={(text) => (text ?? '').replace(/,/g, '')}
            size="small"
            value={cellValue(r, m)}
            onChange={(v) => setMonth(r, m, v)}
            style={{ width: '100%' }}
            styles={{ input: { textAlign: 'right' } }}
            data-testid={`budget-${r.accountCode}-m${m + 1}`}
          />
        </>
      ) : <Money value={r.months[m]} />),
    })),
    { key: 'total', title: t('financeReports.budgets.total'), width: 130, align: 'right', render: (_, r) => <Money value={sumMoney(effectiveMonths(r, drafts))} strong /> },
    ...(canManage ? [{
      key: 'actions', title: t('financeReports.budgets.actions'), width: 84, fixed: 'right' as const, className: 'fin-report-screen-only',
      render: (_: unknown, r: BudgetRow) => {
        const dirty = drafts[budgetRowKey(r)] !== undefined || !serverRows.some((s) => budgetRowKey(s) === budgetRowKey(r));
        return (
          <Button
            size="small" type={dirty ? 'primary' : 'default'} icon={<SaveOutlined />} disabled={!dirty}
            title={dirty ? t('financeReports.budgets.unsaved') : undefined}
            loading={save.isPending && save.variables === r} onClick={() => save.mutate(r)} data-testid={`budget-save-${r.accountCode}`}
          >
            {t('financeReports.budgets.save')}
          </Button>
        );
      },
    }] : []),
  ];

  const buildExport = (base: ExportBase) => {
    const exportColumns: ReportColumn[] = [
      ...(departmentId ? [] : [{ key: 'department', header: t('financeReports.common.department'), kind: 'text' as const, width: 14 }]),
      { key: 'account', header: t('financeReports.budgets.account'), kind: 'text', width: 24 },
      ...monthIndexes.map((m): ReportColumn => ({ key: `m${m + 1}`, header: t('financeReports.budgets.monthN', { month: m + 1 }), kind: 'money', width: 13 })),
      { key: 'total', header: t('financeReports.budgets.total'), kind: 'money' },
    ];
    const monthCells = (months: string[]) => Object.fromEntries(monthIndexes.map((m) => [`m${m + 1}`, months[m]]));
    return {
      ...base,
      fileName: reportFileName(base.title, String(year)),
      sheetName: base.title,
      columns: exportColumns,
      rows: [
        ...rows.map((r) => {
          const months = effectiveMonths(r, drafts);
          return { cells: { department: r.departmentName, account: `${r.accountCode} ${r.accountName}`, ...monthCells(months), total: sumMoney(months) } };
        }),
        { cells: { [departmentId ? 'account' : 'department']: t('financeReports.budgets.totals'), ...monthCells(totals.months), total: totals.total }, style: 'total' as const },
      ],
    };
  };

  const labelColumns = departmentId ? 1 : 2;
  return (
    <ReportShell
      id="budgets"
      title={t('financeReports.budgets.title')}
      periodText={t('financeReports.common.yearFormat', { year })}
      buildExport={buildExport}
      error={query.error}
      onRetry={() => void query.refetch()}
      actions={<Link to={`/finance/budgets/actual?year=${year}${departmentId ? `&departmentId=${departmentId}` : ''}`}>{t('financeReports.budgets.toActual')}</Link>}
      filters={(
        <>
          <YearPicker value={year} onChange={(y) => update({ year: y })} testId="budget-year" />
          <DepartmentTreeSelect
            value={departmentId ?? null}
            onChange={(id) => update({ departmentId: typeof id === 'string' ? id : null })}
            placeholder={t('financeReports.common.allDepartments')}
            style={{ width: 200 }}
            testId="budget-department"
          />
          {canManage && departmentId ? (
            <AccountSelect value={null} onChange={addAccount} leafOnly excludeIds={rows.map((r) => r.accountId)} testId="budget-add-account" style={{ width: 240 }} placeholder={t('financeReports.budgets.addAccount')} />
          ) : null}
          {canManage && !departmentId ? <Typography.Text type="secondary">{t('financeReports.budgets.chooseDepartment')}</Typography.Text> : null}
        </>
      )}
    >
      {!canManage ? <Alert type="info" showIcon title={t('financeReports.budgets.readOnly')} style={{ marginBottom: 12 }} className="fin-report-screen-only" /> : null}
      <Table<BudgetRow>
        rowKey={budgetRowKey}
        size="small"
        bordered
        loading={query.isFetching}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="budget-table"
        summary={() => (rows.length > 0 ? (
          <Table.Summary fixed>
            <Table.Summary.Row className="fin-row-total">
              <Table.Summary.Cell index={0} colSpan={labelColumns}><strong>{t('financeReports.budgets.totals')}</strong></Table.Summary.Cell>
              {monthIndexes.map((m) => (
                <Table.Summary.Cell key={m} index={labelColumns + m} align="right"><Money value={totals.months[m]} /></Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={labelColumns + 12} align="right"><span data-testid="budget-grand-total"><Money value={totals.total} strong /></span></Table.Summary.Cell>
              {canManage ? <Table.Summary.Cell index={labelColumns + 13} className="fin-report-screen-only" /> : null}
            </Table.Summary.Row>
          </Table.Summary>
        ) : null)}
      />
    </ReportShell>
  );
}
