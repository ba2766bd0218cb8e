import Decimal from 'decimal.js';

// 结转损益: at period end every income and expense account is emptied into 4103 本年利润, so the
// period's profit sits in equity and the P&L accounts start the next period at zero.

/** Dimension values a net is kept by (department P&L stays per department when carried). */
export type Dims = Partial<Record<'partnerId' | 'departmentId' | 'employeeId' | 'projectId' | 'itemId', string | null>>;
export interface PeriodNet { accountId: string; debit: string; credit: string; dims?: Dims }
export interface ClosingLine { accountId: string; debit: string; credit: string; dims?: Dims }

/**
 * For each account with a non-zero net (debit − credit) the opposite entry, then the balancing
 * entries on `targetAccountId` kept gross as bookkeepers expect: income credited to 本年利润 in one
 * line, expenses debited in another. Returns [] when nothing needs moving.
 */
export function carryForwardLines(nets: PeriodNet[], targetAccountId: string): ClosingLine[] {
  const lines: ClosingLine[] = [];
  let expenses = new Decimal(0); // debit nets cleared → debited to the target
  let income = new Decimal(0); // credit nets cleared → credited to the target
  const key = (n: PeriodNet) => `${n.accountId}|${JSON.stringify(n.dims ?? {})}`;
  for (const n of [...nets].sort((x, y) => key(x).localeCompare(key(y)))) {
    const net = new Decimal(n.debit).minus(n.credit);
    if (net.isZero()) continue;
    const dims = n.dims ?? {};
    // A debit net (expense) is cleared by a credit, a credit net (income) by a debit.
    if (net.isPositive()) { lines.push({ accountId: n.accountId, debit: '0', credit: net.toFixed(2), dims }); expenses = expenses.plus(net); }
    else { lines.push({ accountId: n.accountId, debit: net.negated().toFixed(2), credit: '0', dims }); income = income.plus(net.negated()); }
  }
  if (lines.length === 0) return [];
  if (!income.isZero()) lines.push({ accountId: targetAccountId, debit: '0', credit: income.toFixed(2) });
  if (!expenses.isZero()) lines.push({ accountId: targetAccountId, debit: expenses.toFixed(2), credit: '0' });
  return lines;
}

/**
 * Year-end: the year's balance of 本年利润 (credit − debit = profit) moves to 利润分配—未分配利润.
 * A profit: Dr 4103 / Cr 410401; a loss the other way. [] when 4103 is already flat.
 */
export function yearEndLines(profitAccountId: string, retainedAccountId: string, yearDebit: string, yearCredit: string): ClosingLine[] {
  const profit = new Decimal(yearCredit).minus(yearDebit);
  if (profit.isZero()) return [];
  const v = profit.abs().toFixed(2);
  return profit.isPositive()
    ? [{ accountId: profitAccountId, debit: v, credit: '0' }, { accountId: retainedAccountId, debit: '0', credit: v }]
    : [{ accountId: retainedAccountId, debit: v, credit: '0' }, { accountId: profitAccountId, debit: '0', credit: v }];
}
