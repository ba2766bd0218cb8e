import Decimal from 'decimal.js';
import type { Payment } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { emit } from '../../../../platform/events/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { cashErrors } from '../../cash.errors.ts';
import { findCashAccount } from '../../infra/cash/cash-accounts.repository.ts';
import { findPayment, updatePaymentRow, type PaymentRow } from '../../infra/cash/payments.repository.ts';
import { insertSettlement, settleOpenItem } from '../../infra/arap/open-items.repository.ts';
import { postDocument, type PostingLine } from '../ledger/index.ts';
import { checkAllocations } from './allocations.ts';
import { paymentSourceType } from './doc-types.ts';
import { getPayment } from './payment-view.ts';

/**
 * The 付/收 voucher of a payment: the bank line on the cash account's ledger account (tagged with
 * the cash-flow category), one 应付/应收 line per settled document, and whatever is not allocated
 * as 预付账款 / 预收账款 of the partner (or the chosen counter account).
 */
export function paymentPostingLines(p: PaymentRow, bankAccountId: string): PostingLine[] {
  const out = p.direction === 'out';
  const bankSide = out ? 'credit' : 'debit';
  const otherSide = out ? 'debit' : 'credit';
  const allocated = p.allocations.reduce((s, a) => s.plus(a.amount), new Decimal(0));
  const remainder = new Decimal(p.amount).minus(allocated);
  return [
    { role: 'bank', side: bankSide, amount: p.amount, accountId: bankAccountId, cashFlowCategory: p.category },
    ...p.allocations.map((a): PostingLine => ({ role: out ? 'payable' : 'receivable', side: otherSide, amount: a.amount, partnerId: p.partnerId })),
    {
      role: out ? 'prepayment' : 'advanceReceived', side: otherSide, amount: remainder.toFixed(2),
      accountId: p.counterAccountId, partnerId: p.partnerId,
    },
  ];
}

/**
 * 出纳付款/收款: posts the voucher, settles the allocated open items and marks the payment
 * executed, all in one transaction. A payment request must be approved first; a receipt may be
 * executed straight from its draft. Executing twice is refused (409), and two payments racing
 * for the same open item can never settle more than is open.
 */
export async function executePayment(id: string, input: { cashAccountId?: string; paymentDate?: string }): Promise<Payment> {
  const p = await findPayment(id, true);
  if (!p) throw cashErrors['finance.payment.notFound']();
  const executable = p.direction === 'out' ? p.status === 'approved' : p.status === 'draft' || p.status === 'approved';
  if (!executable) throw cashErrors['finance.payment.badStatus']({ status: p.status }, { status: p.status });
  const cashAccountId = input.cashAccountId ?? p.cashAccountId;
  if (!cashAccountId) throw cashErrors['finance.cash.accountRequired']();
  const cash = await findCashAccount(cashAccountId);
  if (!cash) throw cashErrors['finance.cash.accountNotFound']();
  if (!cash.enabled) throw cashErrors['finance.cash.accountDisabled']();
  const date = input.paymentDate ?? p.paymentDate;
  const items = await checkAllocations({ direction: p.direction, partnerId: p.partnerId, amount: p.amount, allocations: p.allocations });

  const payment = { ...p, cashAccountId, paymentDate: date };
  const voucher = await postDocument({
    source: { type: paymentSourceType, id: p.id, number: p.number }, date, word: p.direction === 'out' ? 'fu' : 'shou',
    summary: p.summary, lines: paymentPostingLines(payment, cash.ledgerAccountId),
  });

  const settledAllocations = [];
  for (const a of p.allocations) {
    const item = items.get(a.openItemId);
    const updated = await settleOpenItem(a.openItemId, a.amount);
    if (!item || !updated) throw cashErrors['finance.payment.allocationExceedsOpen'](undefined, { openItemId: a.openItemId });
    await insertSettlement({ id: newId(), tenantId: actor().tenantId, openItemId: a.openItemId, paymentId: p.id, amount: a.amount, settledOn: date });
    await linkDocuments({ from: { type: item.sourceType, id: item.sourceId, number: item.sourceNumber }, to: { type: paymentSourceType, id: p.id, number: p.number }, relation: 'pays' });
    settledAllocations.push({ openItemId: a.openItemId, sourceType: item.sourceType, sourceId: item.sourceId, amount: a.amount, settledInFull: updated.status === 'settled' });
  }
  await updatePaymentRow(p.id, {
    status: 'executed', voucherId: voucher.voucherId, cashAccountId, paymentDate: date, executedBy: actor().userId ?? null, executedAt: new Date(),
  });
  await emit('finance.payment.executed', {
    paymentId: p.id, number: p.number, direction: p.direction, amount: p.amount, partnerId: p.partnerId,
    sourceType: p.sourceType, sourceId: p.sourceId, allocations: settledAllocations,
  });
  await recordAudit({ entity: 'finPayment', entityId: p.id, action: 'execute', after: { voucherId: voucher.voucherId, cashAccountId, date } });
  return getPayment(p.id);
}
