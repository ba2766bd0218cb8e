import { recordAudit } from '../../../../platform/audit/index.ts';
import { emit } from '../../../../platform/events/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { financeErrors } from '../../errors.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import { negateLine } from '../../domain/ledger/voucher-lines.ts';
import { periodOfDate, todayIso } from '../../domain/ledger/periods.ts';
import { findPeriod } from '../../infra/ledger/periods.repository.ts';
import { findVoucher, findVoucherBySource, linesOfVoucher, updateVoucherRow } from '../../infra/ledger/vouchers.repository.ts';
import { postStoredVoucher, storeDraft } from './voucher-store.ts';

/**
 * 红字冲销: a new voucher with the same lines and negated amounts, posted in an open period (the
 * given date, else the original date while its period is open, else today). The original keeps
 * its figures and points at its reversal; both appear in the document chain.
 */
export async function reverseVoucher(id: string, date?: string): Promise<{ voucherId: string; number: string }> {
  const original = await findVoucher(id, true);
  if (!original) throw financeErrors['finance.voucher.notFound']();
  if (original.status !== 'posted') throw ledgerErrors['finance.voucher.notPosted']();
  if (original.reversedById || original.reversalOfId) throw ledgerErrors['finance.voucher.alreadyReversed']();
  if (original.closingKind) throw ledgerErrors['finance.voucher.closingVoucher']();
  let voucherDate = date;
  if (!voucherDate) {
    const period = await findPeriod(periodOfDate(original.voucherDate));
    voucherDate = period?.status === 'open' ? original.voucherDate : todayIso();
  }
  const lines = (await linesOfVoucher(id)).map((l) => negateLine({
    summary: l.summary, accountId: l.accountId, debit: l.debit, credit: l.credit, partnerId: l.partnerId, departmentId: l.departmentId,
    employeeId: l.employeeId, projectId: l.projectId, itemId: l.itemId, taxRate: l.taxRate, cashFlowCategory: l.cashFlowCategory,
  }));
  const reversal = await storeDraft({
    word: original.word, date: voucherDate, summary: `冲销 ${original.period} ${original.number}: ${original.summary}`.slice(0, 200), lines,
    source: original.sourceType && original.sourceId ? { type: original.sourceType, id: original.sourceId, number: original.sourceNumber ?? '' } : null,
    reversalOfId: original.id,
  });
  await postStoredVoucher(reversal.id);
  await updateVoucherRow(original.id, { reversedById: reversal.id });
  await linkDocuments({ from: { type: 'voucher', id: original.id, number: original.number }, to: { type: 'voucher', id: reversal.id, number: reversal.number }, relation: 'reverses' });
  emit('finance.voucher.reversed', { voucherId: original.id, reversalId: reversal.id });
  return { voucherId: reversal.id, number: reversal.number };
}

/** Reverses the voucher a business document posted (cancellations). Null when it posted none. */
export async function reverseDocumentPosting(source: { type: string; id: string }, date?: string): Promise<{ voucherId: string } | null> {
  const voucher = await findVoucherBySource(source.type, source.id);
  if (!voucher || voucher.status !== 'posted') return null;
  if (voucher.reversedById) return { voucherId: voucher.reversedById };
  const { voucherId } = await reverseVoucher(voucher.id, date);
  return { voucherId };
}

/**
 * Reversal from the voucher screen. Vouchers of business documents are reversed by cancelling
 * the document (which keeps the subledger and the ledger in step), so they are refused here.
 */
export async function reverseManualVoucher(id: string, date?: string): Promise<{ voucherId: string; number: string }> {
  const v = await findVoucher(id);
  if (!v) throw financeErrors['finance.voucher.notFound']();
  if (v.sourceType && !v.reversalOfId && v.status === 'posted' && !v.reversedById) throw ledgerErrors['finance.voucher.sourceManaged']();
  const reversal = await reverseVoucher(id, date);
  await recordAudit({ entity: 'finVoucher', entityId: id, action: 'reverse', after: { reversalId: reversal.voucherId, number: reversal.number } });
  return reversal;
}
