import { sql, type SQL } from 'drizzle-orm';
import type Decimal from 'decimal.js';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { dec } from '../../domain/reports/amounts.ts';

// Report reads of posted voucher lines, always narrowed to one account subtree and a period range
// (index fin_voucher_lines_account) or a dimension (partner / department indexes).

type Row = Record<string, unknown>;
const rowsOf = async (query: SQL): Promise<Row[]> => (await tx().execute(query)).rows as Row[];

export interface LineFilter { code: string; from: number; to: number; partnerId?: string; departmentId?: string }

function lineConditions(f: LineFilter): SQL {
  return sql`l.tenant_id = ${actor().tenantId} and l.posted and a.code like ${`${f.code}%`}
    and l.period between ${f.from} and ${f.to}
    ${f.partnerId ? sql`and l.partner_id = ${f.partnerId}` : sql``}
    ${f.departmentId ? sql`and l.department_id = ${f.departmentId}` : sql``}`;
}

export interface LedgerLine {
  voucherId: string; voucherNumber: string; period: number; voucherDate: string; summary: string;
  accountCode: string; debit: Decimal; credit: Decimal;
}

/** Lines of the subtree in the range, in book order (date, voucher, line); at most `limit`. */
export async function ledgerLines(f: LineFilter, limit: number): Promise<LedgerLine[]> {
  const rows = await rowsOf(sql`
    select l.voucher_id, v.number, l.period, l.voucher_date::text as voucher_date, l.summary, a.code, l.debit, l.credit
    from fin_voucher_lines l join fin_accounts a on a.id = l.account_id join fin_vouchers v on v.id = l.voucher_id
    where ${lineConditions(f)}
    -- Same-day vouchers in the books' customary word order 记, 收, 付, 转 (not alphabetical pinyin).
    order by l.voucher_date, l.period, array_position(array['ji', 'shou', 'fu', 'zhuan']::text[], v.word), v.seq, l.line_no
    limit ${limit}`);
  return rows.map((r) => ({
    voucherId: String(r.voucher_id), voucherNumber: String(r.number), period: Number(r.period), voucherDate: String(r.voucher_date),
    summary: String(r.summary), accountCode: String(r.code), debit: dec(r.debit), credit: dec(r.credit),
  }));
}

/** Σ debit and Σ credit of the subtree's posted lines in the range. */
export async function lineSums(f: LineFilter): Promise<{ debit: Decimal; credit: Decimal }> {
  const rows = await rowsOf(sql`
    select coalesce(sum(l.debit), 0) as debit, coalesce(sum(l.credit), 0) as credit
    from fin_voucher_lines l join fin_accounts a on a.id = l.account_id
    where ${lineConditions(f)}`);
  return { debit: dec(rows[0]?.debit), credit: dec(rows[0]?.credit) };
}

export interface VatLineGroup { kind: 'input' | 'output'; rate: string | null; debit: Decimal; credit: Decimal }

/** Posted lines on 进项税额 (22210101) and 销项税额 (22210102) of a period, by tax rate. */
export async function vatLinesByRate(period: number): Promise<VatLineGroup[]> {
  const rows = await rowsOf(sql`
    select case when a.code like '22210102%' then 'output' else 'input' end as kind, l.tax_rate,
      sum(l.debit) as debit, sum(l.credit) as credit
    from fin_voucher_lines l join fin_accounts a on a.id = l.account_id
    where l.tenant_id = ${actor().tenantId} and l.posted and l.period = ${period}
      and (a.code like '22210101%' or a.code like '22210102%')
    group by 1, 2 order by 1, 2 desc`);
  return rows.map((r) => ({
    kind: r.kind === 'output' ? 'output' : 'input', rate: r.tax_rate === null || r.tax_rate === undefined ? null : String(r.tax_rate),
    debit: dec(r.debit), credit: dec(r.credit),
  }));
}
