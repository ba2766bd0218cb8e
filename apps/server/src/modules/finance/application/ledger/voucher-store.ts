import { emit } from '../../../../platform/events/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { financeErrors } from '../../errors.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import type { DimensionKey } from '../../domain/chart/prc-chart.ts';
import { checkVoucherLines, type AccountFacts, type LineToCheck } from '../../domain/ledger/voucher-lines.ts';
import { periodOfDate } from '../../domain/ledger/periods.ts';
import { accountsByIds } from '../../infra/ledger/accounts.repository.ts';
import {
  findVoucher, insertVoucherWithLines, nextVoucherSeq, replaceLines, updateVoucherRow, type LineInsert, type VoucherRow,
} from '../../infra/ledger/vouchers.repository.ts';
import { ensurePeriodsThrough } from './period-rows.ts';

export type VoucherWord = 'ji' | 'shou' | 'fu' | 'zhuan';
const wordChar: Record<VoucherWord, string> = { ji: '记', shou: '收', fu: '付', zhuan: '转' };

/** Display number: 记-0001 (the period is shown beside it). */
export function voucherNumber(word: VoucherWord, seq: number): string {
  return `${wordChar[word]}-${String(seq).padStart(4, '0')}`;
}

/** A line as stored: the checked fields plus its summary, VAT rate and cash-flow category. */
export interface StoredLine extends LineToCheck {
  summary: string;
  taxRate?: string | null;
  cashFlowCategory?: string | null;
}

export interface NewVoucher {
  word: VoucherWord;
  date: string;
  summary: string;
  lines: StoredLine[];
  attachmentCount?: number;
  source?: { type: string; id: string; number: string } | null;
  reversalOfId?: string | null;
  closingKind?: 'profitLoss' | 'yearEnd' | null;
}

/**
 * Refuses lines that would not post, naming each line and the reason (400
 * finance.voucher.invalidLines, or finance.voucher.unbalanced when only the totals disagree).
 */
export async function assertPostableLines(lines: StoredLine[], allowNegative: boolean): Promise<void> {
  const facts = new Map<string, AccountFacts>();
  for (const a of await accountsByIds(lines.map((l) => l.accountId))) {
    facts.set(a.id, { code: a.code, isLeaf: a.isLeaf, enabled: a.enabled, dimensions: a.dimensions as DimensionKey[] });
  }
  const check = checkVoucherLines(lines, facts, allowNegative);
  if (check.issues.length > 0) throw ledgerErrors['finance.voucher.invalidLines'](undefined, { issues: check.issues, totalDebit: check.totalDebit, totalCredit: check.totalCredit });
  if (!check.balanced) throw financeErrors['finance.voucher.unbalanced'](undefined, { totalDebit: check.totalDebit, totalCredit: check.totalCredit, lineCount: lines.length });
}

function lineRows(voucherId: string, period: number, date: string, lines: StoredLine[]): LineInsert[] {
  const tenantId = actor().tenantId;
  return lines.map((l, i) => ({
    id: newId(), tenantId, voucherId, lineNo: i + 1, summary: l.summary, accountId: l.accountId,
    debit: l.debit, credit: l.credit, period, voucherDate: date,
    partnerId: l.partnerId ?? null, departmentId: l.departmentId ?? null, employeeId: l.employeeId ?? null,
    projectId: l.projectId ?? null, itemId: l.itemId ?? null, taxRate: l.taxRate ?? null, cashFlowCategory: l.cashFlowCategory ?? null,
  }));
}

/** Inserts a draft voucher with its lines and the next number of its word in its period. */
export async function storeDraft(v: NewVoucher): Promise<{ id: string; number: string; period: number }> {
  const period = periodOfDate(v.date);
  await ensurePeriodsThrough(period);
  const seq = await nextVoucherSeq(period, v.word);
  const id = newId();
  const number = voucherNumber(v.word, seq);
  const a = actor();
  await insertVoucherWithLines({
    id, tenantId: a.tenantId, period, word: v.word, seq, number, voucherDate: v.date, status: 'draft', summary: v.summary,
    attachmentCount: v.attachmentCount ?? 0,
    sourceType: v.source?.type ?? null, sourceId: v.source?.id ?? null, sourceNumber: v.source?.number ?? null,
    reversalOfId: v.reversalOfId ?? null, closingKind: v.closingKind ?? null, createdBy: a.userId || null,
  }, lineRows(id, period, v.date, v.lines));
  return { id, number, period };
}

/**
 * Rewrites a draft: lines are replaced; a changed period or word takes a new number (the old one
 * is left as a gap, as in paper books where a voided slip keeps its number).
 */
export async function rewriteDraft(current: VoucherRow, v: NewVoucher): Promise<void> {
  const period = periodOfDate(v.date);
  let { seq, number } = current;
  if (period !== current.period || v.word !== current.word) {
    await ensurePeriodsThrough(period);
    seq = await nextVoucherSeq(period, v.word);
    number = voucherNumber(v.word, seq);
  }
  await replaceLines(current.id, lineRows(current.id, period, v.date, v.lines));
  await updateVoucherRow(current.id, { period, word: v.word, seq, number, voucherDate: v.date, summary: v.summary, attachmentCount: v.attachmentCount ?? current.attachmentCount });
}

/** Posts a draft (the database trigger checks balance, accounts and the period, and moves balances). */
export async function postStoredVoucher(id: string): Promise<VoucherRow> {
  await updateVoucherRow(id, { status: 'posted', postedBy: actor().userId || null, postedAt: new Date() });
  const v = await findVoucher(id);
  if (!v) throw financeErrors['finance.voucher.notFound']();
  emit('finance.voucher.posted', { voucherId: v.id, number: v.number, period: v.period, sourceType: v.sourceType, sourceId: v.sourceId });
  return v;
}
