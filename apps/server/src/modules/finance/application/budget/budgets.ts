import type { BudgetRow } from '@triad/contracts';
import Decimal from 'decimal.js';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { budgetErrors } from '../../budget.errors.ts';
import { periodsOfYear } from '../../domain/budget/budget-math.ts';
import { fmt, zero } from '../../domain/reports/amounts.ts';
import { budgetCells, departmentName, upsertBudgetMonths, type BudgetCellRow } from '../../infra/budget/budget.repository.ts';
import { reportAccount } from '../reports/report-account.ts';

/** 预算 of a year: one row per department × account with its 12 months. */
export async function listBudgets(input: { year: number; departmentId?: string }): Promise<{ items: BudgetRow[] }> {
  const periods = periodsOfYear(input.year);
  const cells = await budgetCells(periods[0]!, periods[11]!, input.departmentId);
  return { items: groupCells(cells, input.year) };
}

function groupCells(cells: BudgetCellRow[], year: number): BudgetRow[] {
  const rows = new Map<string, BudgetCellRow[]>();
  for (const cell of cells) {
    const key = `${cell.departmentId}/${cell.accountId}`;
    rows.set(key, [...(rows.get(key) ?? []), cell]);
  }
  return [...rows.values()].map((group) => {
    const first = group[0]!;
    const months = periodsOfYear(year).map((p) => fmt(new Decimal(group.find((c) => c.period === p)?.amount ?? 0)));
    return {
      departmentId: first.departmentId, departmentName: first.departmentName, accountId: first.accountId,
      accountCode: first.accountCode, accountName: first.accountName, months,
      total: fmt(months.reduce((s, m) => s.plus(m), zero)),
    };
  });
}

/** Sets the 12 monthly budgets of a department × account × year (编制预算); audited. */
export async function saveBudget(input: { year: number; departmentId: string; accountId: string; months: string[] }): Promise<BudgetRow> {
  if ((await departmentName(input.departmentId)) === null) throw budgetErrors['finance.budget.departmentNotFound']();
  await reportAccount(input.accountId);
  const periods = periodsOfYear(input.year);
  const before = await budgetCells(periods[0]!, periods[11]!, input.departmentId, input.accountId);
  await upsertBudgetMonths({ departmentId: input.departmentId, accountId: input.accountId, periods, months: input.months });
  const [row] = groupCells(await budgetCells(periods[0]!, periods[11]!, input.departmentId, input.accountId), input.year);
  await recordAudit({
    entity: 'finBudget', entityId: `${input.departmentId}/${input.accountId}/${input.year}`, action: before.length ? 'update' : 'create',
    before: before.length ? { months: groupCells(before, input.year)[0]?.months } : undefined, after: { months: row!.months },
  });
  return row!;
}
