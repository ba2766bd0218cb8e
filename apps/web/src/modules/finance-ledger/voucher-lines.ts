/**
 * The voucher grid's model: editable lines, their totals and the body sent to the API.
 * Pure functions so the 借贷平衡 rule and the one-side rule are unit-tested without a browser.
 */
import type { Account, DimensionKey, VoucherDetail, VoucherInput } from './api.ts';
import { normalizeAmount, parseCents, sumCents } from './money.ts';

export interface EditLine {
  key: string;
  summary: string;
  accountId: string | null;
  /** As typed; normalized on save. */
  debit: string;
  credit: string;
  partnerId: string | null;
  partnerName: string | null;
  departmentId: string | null;
  employeeId: string | null;
  employeeName: string | null;
  projectId: string | null;
}

let keySeed = 0;
export function blankLine(summary = ''): EditLine {
  keySeed += 1;
  return {
    key: `line-${keySeed}`, summary, accountId: null, debit: '', credit: '',
    partnerId: null, partnerName: null, departmentId: null, employeeId: null, employeeName: null, projectId: null,
  };
}

export function linesFromVoucher(voucher: VoucherDetail): EditLine[] {
  return voucher.lines.map((line) => ({
    ...blankLine(line.summary),
    accountId: line.accountId,
    debit: parseCents(line.debit) === 0n ? '' : line.debit,
    credit: parseCents(line.credit) === 0n ? '' : line.credit,
    partnerId: line.partnerId, partnerName: line.partnerName,
    departmentId: line.departmentId,
    employeeId: line.employeeId, employeeName: line.employeeName,
    projectId: line.projectId,
  }));
}

/** Typing an amount on one side clears the other: a voucher line is either debit or credit. */
export function setAmount(line: EditLine, side: 'debit' | 'credit', value: string): EditLine {
  const other = side === 'debit' ? 'credit' : 'debit';
  return { ...line, [side]: value, [other]: value.trim() === '' ? line[other] : '' };
}

/** Choosing another account keeps only the dimensions the new account asks for. */
export function setAccount(line: EditLine, account: Pick<Account, 'id' | 'dimensions'> | null): EditLine {
  const wants = new Set<DimensionKey>(account?.dimensions ?? []);
  return {
    ...line,
    accountId: account?.id ?? null,
    partnerId: wants.has('partner') ? line.partnerId : null,
    partnerName: wants.has('partner') ? line.partnerName : null,
    departmentId: wants.has('department') ? line.departmentId : null,
    employeeId: wants.has('employee') ? line.employeeId : null,
    employeeName: wants.has('employee') ? line.employeeName : null,
    projectId: wants.has('project') ? line.projectId : null,
  };
}

/** A line the user has not touched is ignored on save (the grid always shows a few rows). */
export function isEmptyLine(line: EditLine): boolean {
  return !line.accountId && line.summary.trim() === '' && line.debit.trim() === '' && line.credit.trim() === '';
}

export interface VoucherTotals {
  debit: bigint;
  credit: bigint;
  difference: bigint;
  balanced: boolean;
}

export function voucherTotals(lines: EditLine[]): VoucherTotals {
  const debit = sumCents(lines.map((l) => l.debit));
  const credit = sumCents(lines.map((l) => l.credit));
  return { debit, credit, difference: debit - credit, balanced: debit === credit && debit !== 0n };
}

export type LineProblem =
  | { kind: 'tooFewLines' }
  | { kind: 'account'; line: number }
  | { kind: 'amount'; line: number }
  | { kind: 'bothSides'; line: number }
  | { kind: 'dimension'; line: number; dimension: DimensionKey }
  | { kind: 'unbalanced' };

const dimensionField: Record<DimensionKey, keyof EditLine | null> = {
  partner: 'partnerId', department: 'departmentId', employee: 'employeeId', project: 'projectId', item: null,
};

/** What keeps the voucher from being saved, in the grid's line numbers (1-based). */
export function lineProblems(lines: EditLine[], accounts: Map<string, Pick<Account, 'id' | 'dimensions'>>): LineProblem[] {
  const problems: LineProblem[] = [];
  const used = lines.filter((l) => !isEmptyLine(l));
  if (used.length < 2) problems.push({ kind: 'tooFewLines' });
  lines.forEach((line, index) => {
    if (isEmptyLine(line)) return;
    const no = index + 1;
    if (!line.accountId) problems.push({ kind: 'account', line: no });
    const debit = line.debit.trim() === '' ? 0n : parseCents(line.debit);
    const credit = line.credit.trim() === '' ? 0n : parseCents(line.credit);
    if (debit === null || credit === null || (debit === 0n && credit === 0n)) problems.push({ kind: 'amount', line: no });
    else if (debit !== 0n && credit !== 0n) problems.push({ kind: 'bothSides', line: no });
    const account = line.accountId ? accounts.get(line.accountId) : undefined;
    for (const dimension of account?.dimensions ?? []) {
      const field = dimensionField[dimension];
      if (field && !line[field]) problems.push({ kind: 'dimension', line: no, dimension });
    }
  });
  if (!voucherTotals(used).balanced) problems.push({ kind: 'unbalanced' });
  return problems;
}

export interface VoucherHeader {
  word: VoucherInput['word'];
  voucherDate: string;
  attachmentCount: number;
}

/** The POST/PUT body; the voucher summary defaults to the first line's 摘要. */
export function toVoucherInput(header: VoucherHeader, lines: EditLine[]): VoucherInput {
  const used = lines.filter((l) => !isEmptyLine(l));
  const firstSummary = used.find((l) => l.summary.trim() !== '')?.summary.trim() ?? '';
  return {
    word: header.word,
    voucherDate: header.voucherDate,
    summary: firstSummary,
    attachmentCount: header.attachmentCount,
    lines: used.map((line) => ({
      summary: line.summary.trim() || firstSummary,
      accountId: line.accountId ?? '',
      debit: normalizeAmount(line.debit) ?? '0.00',
      credit: normalizeAmount(line.credit) ?? '0.00',
      partnerId: line.partnerId, departmentId: line.departmentId, employeeId: line.employeeId, projectId: line.projectId,
    })),
  };
}

/**
 * 摘要 shortcuts of Chinese bookkeeping software: typing `//` copies the previous line's summary,
 * `..` the first line's. Anything else is kept as typed.
 */
export function expandSummary(typed: string, lines: EditLine[], index: number): string {
  if (typed === '//') return [...lines.slice(0, index)].reverse().find((l) => l.summary.trim() !== '')?.summary ?? '';
  if (typed === '..') return lines.find((l, i) => i !== index && l.summary.trim() !== '')?.summary ?? '';
  return typed;
}

/** Carries the previous line's 摘要 into a new line, as Kingdee does on Enter. */
export function nextLine(lines: EditLine[]): EditLine {
  const previous = [...lines].reverse().find((l) => l.summary.trim() !== '');
  return blankLine(previous?.summary ?? '');
}

