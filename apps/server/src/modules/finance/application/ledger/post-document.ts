import Decimal from 'decimal.js';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { tx } from '../../../../platform/tx/index.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import { pickRule } from '../../domain/ledger/rule-match.ts';
import { findVoucherBySource } from '../../infra/ledger/vouchers.repository.ts';
import { rulesFor } from '../../infra/ledger/rules.repository.ts';
import { assertPostableLines, postStoredVoucher, storeDraft, type StoredLine, type VoucherWord } from './voucher-store.ts';

export type { VoucherWord } from './voucher-store.ts';

export interface PostingLine {
  role: string;
  side: 'debit' | 'credit';
  /** Decimal string; zero lines are dropped; negative = red ink. */
  amount: string;
  /** Explicit account (e.g. a cash account's ledger account): skips the rules. */
  accountId?: string | null;
  itemCategory?: string | null; partnerId?: string | null; departmentId?: string | null;
  employeeId?: string | null; projectId?: string | null; itemId?: string | null;
  taxRate?: string | null; cashFlowCategory?: string | null; summary?: string | null;
}

export interface PostingInput {
  source: { type: string; id: string; number: string };
  date: string;
  word?: VoucherWord;
  summary: string;
  lines: PostingLine[];
}

const datePattern = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// Same shapes the document chain accepts, checked up front so a caller gets a 400, not a crash.
const sourceTypePattern = /^[a-zA-Z][a-zA-Z0-9_.]{0,63}$/;
const sourceIdPattern = /^[A-Za-z0-9_.:-]{1,100}$/;

function isCalendarDate(date: string | undefined): boolean {
  if (!date || !datePattern.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

function invalid(reason: string, extra: Record<string, unknown> = {}): never {
  throw ledgerErrors['finance.posting.invalid'](undefined, { reason, ...extra });
}

function amountOf(line: PostingLine, index: number): Decimal {
  let d: Decimal;
  try { d = new Decimal(line.amount); } catch { return invalid('amountNotANumber', { line: index + 1 }); }
  if (!d.isFinite()) invalid('amountNotANumber', { line: index + 1 });
  return d;
}

/** Accounts for each line: the explicit one, else the most specific posting rule for its role. */
async function resolveLines(input: PostingInput): Promise<StoredLine[]> {
  const kept = input.lines.map((l, i) => ({ l, amount: amountOf(l, i) })).filter((x) => !x.amount.isZero());
  const roles = [...new Set(kept.filter((x) => !x.l.accountId).map((x) => x.l.role))];
  const rules = roles.length > 0 ? await rulesFor([input.source.type, '*'], roles) : [];
  return kept.map(({ l, amount }) => {
    let accountId = l.accountId ?? null;
    if (!accountId) {
      const rule = pickRule(rules, { documentType: input.source.type, role: l.role, itemCategory: l.itemCategory, partnerId: l.partnerId });
      if (!rule) throw ledgerErrors['finance.posting.noRule']({ role: l.role }, { role: l.role, documentType: input.source.type, itemCategory: l.itemCategory ?? null });
      accountId = rule.accountId;
    }
    const value = amount.toFixed(2, Decimal.ROUND_HALF_UP);
    return {
      summary: l.summary ?? input.summary, accountId,
      debit: l.side === 'debit' ? value : '0', credit: l.side === 'credit' ? value : '0',
      partnerId: l.partnerId ?? null, departmentId: l.departmentId ?? null, employeeId: l.employeeId ?? null,
      projectId: l.projectId ?? null, itemId: l.itemId ?? null, taxRate: l.taxRate ?? null, cashFlowCategory: l.cashFlowCategory ?? null,
    };
  });
}

function isSourceConflict(error: unknown): boolean {
  for (let e: unknown = error, i = 0; e && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    if ((e as { constraint?: string }).constraint === 'fin_vouchers_source') return true;
  }
  return false;
}

/**
 * Posts the voucher of a business document in the caller's transaction: accounts from the posting
 * rules, a posted 转 (or given word) voucher, source → voucher in the document chain and
 * finance.voucher.posted. One voucher per source: a repeat (or a concurrent twin) returns the
 * existing voucher with created=false.
 */
export async function postDocument(input: PostingInput): Promise<{ voucherId: string; number: string; created: boolean }> {
  if (!sourceTypePattern.test(input.source?.type ?? '') || !sourceIdPattern.test(input.source?.id ?? '')) invalid('badSource');
  if (!isCalendarDate(input.date)) invalid('badDate');
  if (input.source.type === 'voucher') invalid('badSource');
  const existing = await findVoucherBySource(input.source.type, input.source.id);
  if (existing) return { voucherId: existing.id, number: existing.number, created: false };
  const lines = await resolveLines(input);
  await assertPostableLines(lines, true);
  let stored: { id: string; number: string } | undefined;
  try {
    // A savepoint: if a concurrent call stored the same source first, only this attempt rolls back.
    stored = await tx().transaction(async () => {
      const draft = await storeDraft({ word: input.word ?? 'zhuan', date: input.date, summary: input.summary, lines, source: input.source });
      await postStoredVoucher(draft.id);
      return draft;
    });
  } catch (error) {
    if (!isSourceConflict(error)) throw error;
    const twin = await findVoucherBySource(input.source.type, input.source.id);
    if (!twin) throw error;
    return { voucherId: twin.id, number: twin.number, created: false };
  }
  await linkDocuments({ from: input.source, to: { type: 'voucher', id: stored.id, number: stored.number }, relation: 'posts' });
  return { voucherId: stored.id, number: stored.number, created: true };
}
