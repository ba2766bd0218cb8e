import { sql } from 'drizzle-orm';
import type Decimal from 'decimal.js';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { dec } from '../../domain/reports/amounts.ts';

// Report reads of fin_account_balances (posted debit/credit per account × period, kept by the
// posting trigger): (accounts × periods) rows, never the voucher lines.

type Row = Record<string, unknown>;
const rowsOf = async (query: ReturnType<typeof sql>): Promise<Row[]> => (await tx().execute(query)).rows as Row[];

export interface AccountFigures { accountId: string; opening: Decimal; debit: Decimal; credit: Decimal }

/**
 * Per account: opening net (debit − credit) before `from`, and debit/credit in [from, to].
 * P&L accounts only count from January of `from`'s year: earlier years were carried into 本年利润.
 */
export async function figuresByAccount(from: number, to: number, yearStart: number): Promise<AccountFigures[]> {
  const rows = await rowsOf(sql`
    select b.account_id,
      coalesce(sum(b.debit - b.credit) filter (where b.period < ${from}), 0) as opening,
      coalesce(sum(b.debit) filter (where b.period >= ${from}), 0) as debit,
      coalesce(sum(b.credit) filter (where b.period >= ${from}), 0) as credit
    from fin_account_balances b join fin_accounts a on a.id = b.account_id
    where b.tenant_id = ${actor().tenantId} and b.period <= ${to}
      and (a.category <> 'profitLoss' or b.period >= ${yearStart})
    group by b.account_id`);
  return rows.map((r) => ({ accountId: String(r.account_id), opening: dec(r.opening), debit: dec(r.debit), credit: dec(r.credit) }));
}

/** Net (debit − credit) of every account code over all periods up to `through` (inclusive). */
export async function netsByCodeThrough(through: number): Promise<Map<string, Decimal>> {
  const rows = await rowsOf(sql`
    select a.code, sum(b.debit - b.credit) as net
    from fin_account_balances b join fin_accounts a on a.id = b.account_id
    where b.tenant_id = ${actor().tenantId} and b.period <= ${through}
    group by a.code`);
  return new Map(rows.map((r) => [String(r.code), dec(r.net)]));
}

/** Debit and credit per period of an account and its descendants (code prefix) in [from, to]. */
export async function periodTotalsOfSubtree(code: string, from: number, to: number): Promise<{ period: number; debit: Decimal; credit: Decimal }[]> {
  const rows = await rowsOf(sql`
    select b.period, sum(b.debit) as debit, sum(b.credit) as credit
    from fin_account_balances b join fin_accounts a on a.id = b.account_id
    where b.tenant_id = ${actor().tenantId} and a.code like ${`${code}%`} and b.period between ${from} and ${to}
    group by b.period order by b.period`);
  return rows.map((r) => ({ period: Number(r.period), debit: dec(r.debit), credit: dec(r.credit) }));
}

/** Net of an account subtree before `before` (from `since` on, for P&L accounts). */
export async function subtreeNetBefore(code: string, before: number, since = 0): Promise<Decimal> {
  const rows = await rowsOf(sql`
    select coalesce(sum(b.debit - b.credit), 0) as net
    from fin_account_balances b join fin_accounts a on a.id = b.account_id
    where b.tenant_id = ${actor().tenantId} and a.code like ${`${code}%`} and b.period < ${before} and b.period >= ${since}`);
  return dec(rows[0]?.net);
}

/**
 * P&L activity per account code in [from, to] before the carry-forward: period balances minus
 * the lines of the closing vouchers (结转损益 / 年终结转, and red-ink reversals of them). Closing
 * vouchers are one per period with one line per P&L account, so this reads few lines.
 */
export async function profitLossActivity(from: number, to: number): Promise<Map<string, Decimal>> {
  const tenantId = actor().tenantId;
  const rows = await rowsOf(sql`
    with booked as (
      select b.account_id, sum(b.debit - b.credit) as net
      from fin_account_balances b join fin_accounts a on a.id = b.account_id
      where b.tenant_id = ${tenantId} and a.category = 'profitLoss' and b.period between ${from} and ${to}
      group by b.account_id
    ), closing as (
      select l.account_id, sum(l.debit - l.credit) as net
      from fin_vouchers v join fin_voucher_lines l on l.voucher_id = v.id
      where v.tenant_id = ${tenantId} and v.status = 'posted' and v.period between ${from} and ${to}
        and (v.closing_kind is not null or exists (
          select 1 from fin_vouchers o where o.id = v.reversal_of_id and o.closing_kind is not null))
      group by l.account_id
    )
    select a.code, coalesce(bk.net, 0) - coalesce(c.net, 0) as net
    from booked bk full join closing c on c.account_id = bk.account_id
    join fin_accounts a on a.id = coalesce(bk.account_id, c.account_id)
    where a.category = 'profitLoss'`);
  return new Map(rows.map((r) => [String(r.code), dec(r.net)]));
}
