import Decimal from 'decimal.js';
import type { DimensionKey } from '../chart/prc-chart.ts';

// Checks a voucher's lines before anything reaches the database, so the caller learns which line
// is wrong and why (the database triggers remain the last line of defence).

export interface LineToCheck {
  accountId: string;
  debit: string;
  credit: string;
  partnerId?: string | null;
  departmentId?: string | null;
  employeeId?: string | null;
  projectId?: string | null;
  itemId?: string | null;
}

export interface AccountFacts {
  code: string;
  isLeaf: boolean;
  enabled: boolean;
  dimensions: DimensionKey[];
}

export type LineProblem =
  | 'unknownAccount' | 'accountNotLeaf' | 'accountDisabled' | 'bothSides' | 'zeroLine' | 'tooManyDecimals'
  | 'notANumber' | 'negativeAmount' | `missingDimension:${DimensionKey}`;

export interface LineIssue { line: number; reason: LineProblem; accountCode?: string }

export interface LineCheck {
  issues: LineIssue[];
  totalDebit: string;
  totalCredit: string;
  balanced: boolean;
}

const dimensionField: Record<DimensionKey, keyof LineToCheck> = {
  partner: 'partnerId', department: 'departmentId', employee: 'employeeId', project: 'projectId', item: 'itemId',
};

function parse(value: string): Decimal | null {
  try {
    const d = new Decimal(value);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

/**
 * Line rules: exactly one side non-zero, at most 2 decimals, an enabled leaf account, every
 * dimension the account requires present; then Σdebit = Σcredit ≠ 0 over at least two lines.
 * `allowNegative` is for red-ink reversals only. Lines are numbered from 1 in the issues.
 */
export function checkVoucherLines(lines: LineToCheck[], accounts: ReadonlyMap<string, AccountFacts>, allowNegative = false): LineCheck {
  const issues: LineIssue[] = [];
  let debit = new Decimal(0);
  let credit = new Decimal(0);
  lines.forEach((line, index) => {
    const no = index + 1;
    const d = parse(line.debit);
    const c = parse(line.credit);
    const account = accounts.get(line.accountId);
    if (!account) issues.push({ line: no, reason: 'unknownAccount' });
    else {
      if (!account.isLeaf) issues.push({ line: no, reason: 'accountNotLeaf', accountCode: account.code });
      if (!account.enabled) issues.push({ line: no, reason: 'accountDisabled', accountCode: account.code });
      for (const key of account.dimensions) {
        if (!line[dimensionField[key]]) issues.push({ line: no, reason: `missingDimension:${key}`, accountCode: account.code });
      }
    }
    if (!d || !c) { issues.push({ line: no, reason: 'notANumber' }); return; }
    if (d.decimalPlaces() > 2 || c.decimalPlaces() > 2) issues.push({ line: no, reason: 'tooManyDecimals' });
    if (!d.isZero() && !c.isZero()) issues.push({ line: no, reason: 'bothSides' });
    else if (d.isZero() && c.isZero()) issues.push({ line: no, reason: 'zeroLine' });
    if (!allowNegative && (d.isNegative() || c.isNegative())) issues.push({ line: no, reason: 'negativeAmount' });
    debit = debit.plus(d);
    credit = credit.plus(c);
  });
  const balanced = lines.length >= 2 && debit.equals(credit) && !debit.isZero();
  return { issues, totalDebit: debit.toFixed(2), totalCredit: credit.toFixed(2), balanced };
}

/** 红字冲销: the same lines with negated amounts, on the same side. */
export function negateLine<T extends { debit: string; credit: string }>(line: T): T {
  const flip = (v: string) => { const d = new Decimal(v); return d.isZero() ? '0' : d.negated().toFixed(2); };
  return { ...line, debit: flip(line.debit), credit: flip(line.credit) };
}
