import { and, asc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type Decimal from 'decimal.js';
import { newId } from '../../../../platform/db/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { departments } from '../../../org/index.ts';
import { dec } from '../../domain/reports/amounts.ts';
import { finAccounts, finBudgets, finSettings } from '../finance.tables.ts';

type Row = Record<string, unknown>;
const rowsOf = async (query: SQL): Promise<Row[]> => (await tx().execute(query)).rows as Row[];

/** Lines of closing vouchers (结转损益, 年终结转, and reversals of them) are not spending. */
const notClosingLine = sql`not exists (
  select 1 from fin_vouchers v where v.id = l.voucher_id and (v.closing_kind is not null
    or exists (select 1 from fin_vouchers o where o.id = v.reversal_of_id and o.closing_kind is not null)))`;

export async function budgetMode(): Promise<'off' | 'warn' | 'block' | 'approval'> {
  const [row] = await tx().select({ mode: finSettings.budgetControl }).from(finSettings);
  // No settings row yet: the column default (warn) applies.
  return row?.mode ?? 'warn';
}

export async function departmentName(id: string): Promise<string | null> {
  const [row] = await tx().select({ name: departments.name }).from(departments).where(eq(departments.id, id));
  return row?.name ?? null;
}

/** Writes the 12 monthly cells of one department × account × year (insert or update). */
export async function upsertBudgetMonths(input: { departmentId: string; accountId: string; periods: number[]; months: string[] }): Promise<void> {
  const { tenantId } = actor();
  await tx().insert(finBudgets).values(input.periods.map((period, i) => ({
    id: newId(), tenantId, departmentId: input.departmentId, accountId: input.accountId, period, amount: input.months[i] ?? '0',
  }))).onConflictDoUpdate({
    target: [finBudgets.tenantId, finBudgets.departmentId, finBudgets.accountId, finBudgets.period],
    set: { amount: sql`excluded.amount`, updatedAt: new Date() },
  });
}

export interface BudgetCellRow {
  departmentId: string; departmentName: string; accountId: string; accountCode: string; accountName: string; period: number; amount: string;
}

/** Budget cells of periods [from, to], optionally of one department, by department and account code. */
export function budgetCells(from: number, to: number, departmentId?: string, accountId?: string): Promise<BudgetCellRow[]> {
  const conditions = [gte(finBudgets.period, from), lte(finBudgets.period, to)];
  if (departmentId) conditions.push(eq(finBudgets.departmentId, departmentId));
  if (accountId) conditions.push(eq(finBudgets.accountId, accountId));
  return tx().select({
    departmentId: finBudgets.departmentId, departmentName: sql<string>`coalesce(${departments.name}, '')`,
    accountId: finBudgets.accountId, accountCode: finAccounts.code, accountName: finAccounts.name,
    period: finBudgets.period, amount: finBudgets.amount,
  }).from(finBudgets)
    .innerJoin(finAccounts, eq(finAccounts.id, finBudgets.accountId))
    .leftJoin(departments, eq(departments.id, finBudgets.departmentId))
    .where(and(...conditions))
    .orderBy(asc(departments.name), asc(finBudgets.departmentId), asc(finAccounts.code), asc(finBudgets.period));
}

/**
 * Actual spending (posted debit − credit of the budget account and its sub-accounts, lines carrying
 * the department) per budget cell of periods [from, to].
 */
export async function actualsOfCells(from: number, to: number, departmentId?: string): Promise<Map<string, Decimal>> {
  const tenantId = actor().tenantId;
  const rows = await rowsOf(sql`
    with cells as (
      select distinct b.department_id, b.account_id, a.code
      from fin_budgets b join fin_accounts a on a.id = b.account_id
      where b.tenant_id = ${tenantId} and b.period between ${from} and ${to}
        ${departmentId ? sql`and b.department_id = ${departmentId}` : sql``}
    )
    select c.department_id, c.account_id, sum(l.debit - l.credit) as actual
    from cells c
    join fin_accounts la on la.tenant_id = ${tenantId} and la.code like c.code || '%'
    join fin_voucher_lines l on l.tenant_id = ${tenantId} and l.department_id = c.department_id and l.account_id = la.id
      and l.period between ${from} and ${to} and l.posted
    where ${notClosingLine}
    group by c.department_id, c.account_id`);
  return new Map(rows.map((r) => [cellKey(String(r.department_id), String(r.account_id)), dec(r.actual)]));
}

export const cellKey = (departmentId: string, accountId: string) => `${departmentId}/${accountId}`;

/**
 * The budget cell governing spending on an account: the account's own cell for the department
 * and period, else the nearest ancestor's (a budget on 6602 管理费用 covers 660201 差旅费).
 */
export async function governingCell(departmentId: string, accountId: string, period: number): Promise<{ accountId: string; code: string; amount: Decimal } | null> {
  const rows = await rowsOf(sql`
    with recursive chain as (
      select id, parent_id, code, 0 as depth from fin_accounts where id = ${accountId}
      union all
      select a.id, a.parent_id, a.code, c.depth + 1 from fin_accounts a join chain c on a.id = c.parent_id where c.depth < 10
    )
    select c.id, c.code, b.amount from chain c
    join fin_budgets b on b.account_id = c.id and b.department_id = ${departmentId} and b.period = ${period}
    order by c.depth limit 1`);
  const row = rows[0];
  return row ? { accountId: String(row.id), code: String(row.code), amount: dec(row.amount) } : null;
}

/** Posted spending of a department on an account subtree (by code) in one period. */
export async function actualOfSubtree(departmentId: string, code: string, period: number): Promise<Decimal> {
  const rows = await rowsOf(sql`
    select coalesce(sum(l.debit - l.credit), 0) as actual
    from fin_voucher_lines l join fin_accounts a on a.id = l.account_id
    where l.tenant_id = ${actor().tenantId} and l.department_id = ${departmentId} and l.period = ${period} and l.posted
      and a.code like ${`${code}%`} and ${notClosingLine}`);
  return dec(rows[0]?.actual);
}
