import type Decimal from 'decimal.js';
import { fmt, onItsSide, zero } from './amounts.ts';

// 科目余额表 from per-account figures: each account's figures are added to itself and every
// ancestor (parent chain), balances are shown on the side of their sign, totals over level 1.

export interface TbAccount {
  id: string; code: string; name: string; parentId: string | null; level: number;
  category: string; direction: 'debit' | 'credit'; isLeaf: boolean;
}
export interface TbFigures { accountId: string; opening: Decimal; debit: Decimal; credit: Decimal }
interface Sums { opening: Decimal; debit: Decimal; credit: Decimal }

export interface TbRow {
  accountId: string; code: string; name: string; level: number; isLeaf: boolean; category: string; direction: 'debit' | 'credit';
  openingDebit: string; openingCredit: string; periodDebit: string; periodCredit: string; closingDebit: string; closingCredit: string;
}
type Totals = Omit<TbRow, 'accountId' | 'code' | 'name' | 'level' | 'isLeaf' | 'category' | 'direction'>;

export function buildTrialBalance(chart: readonly TbAccount[], figures: readonly TbFigures[], opts: { level?: number; includeZero?: boolean } = {}): { rows: TbRow[]; totals: Totals } {
  const byId = new Map(chart.map((a) => [a.id, a]));
  const sums = new Map<string, Sums>();
  for (const f of figures) {
    // Walk up the parent chain; a guard stops a (corrupt) cycle.
    let account = byId.get(f.accountId);
    for (let depth = 0; account && depth < 20; depth++) {
      const s = sums.get(account.id) ?? { opening: zero, debit: zero, credit: zero };
      sums.set(account.id, { opening: s.opening.plus(f.opening), debit: s.debit.plus(f.debit), credit: s.credit.plus(f.credit) });
      account = account.parentId ? byId.get(account.parentId) : undefined;
    }
  }
  const rows: TbRow[] = [];
  const total = { od: zero, oc: zero, pd: zero, pc: zero, cd: zero, cc: zero };
  for (const account of chart) {
    if (opts.level !== undefined && account.level > opts.level) continue;
    const s = sums.get(account.id) ?? { opening: zero, debit: zero, credit: zero };
    const closing = s.opening.plus(s.debit).minus(s.credit);
    if (!opts.includeZero && s.opening.isZero() && s.debit.isZero() && s.credit.isZero() && closing.isZero()) continue;
    const opening = onItsSide(s.opening);
    const closed = onItsSide(closing);
    const row: TbRow = {
      accountId: account.id, code: account.code, name: account.name, level: account.level, isLeaf: account.isLeaf,
      category: account.category, direction: account.direction,
      openingDebit: opening.debit, openingCredit: opening.credit, periodDebit: fmt(s.debit), periodCredit: fmt(s.credit),
      closingDebit: closed.debit, closingCredit: closed.credit,
    };
    rows.push(row);
    if (account.parentId === null || !byId.has(account.parentId)) {
      total.od = total.od.plus(row.openingDebit); total.oc = total.oc.plus(row.openingCredit);
      total.pd = total.pd.plus(row.periodDebit); total.pc = total.pc.plus(row.periodCredit);
      total.cd = total.cd.plus(row.closingDebit); total.cc = total.cc.plus(row.closingCredit);
    }
  }
  return {
    rows,
    totals: {
      openingDebit: fmt(total.od), openingCredit: fmt(total.oc), periodDebit: fmt(total.pd), periodCredit: fmt(total.pc),
      closingDebit: fmt(total.cd), closingCredit: fmt(total.cc),
    },
  };
}
