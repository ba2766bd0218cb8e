import Decimal from 'decimal.js';
import { and, eq } from 'drizzle-orm';
import type { CreatePaymentBody, Payment } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import { cashErrors } from '../../cash.errors.ts';
import { todayInChina } from '../../domain/arap/dates.ts';
import { finAccounts } from '../../infra/finance.tables.ts';
import { findCashAccount } from '../../infra/cash/cash-accounts.repository.ts';
import { insertPayment } from '../../infra/cash/payments.repository.ts';
import { checkAllocations, type Allocation } from './allocations.ts';
import { paymentDocType, paymentSourceType } from './doc-types.ts';
import { getPayment } from './payment-view.ts';
import { submitPayment } from './submit-payment.ts';

export interface NewPaymentInput extends Omit<CreatePaymentBody, 'allocations'> {
  allocations: Allocation[];
  source?: { type: string; id: string; number: string } | null;
}

async function checkCounterAccount(id: string | null | undefined): Promise<void> {
  if (!id) return;
  const [row] = await tx().select({ id: finAccounts.id }).from(finAccounts).where(and(eq(finAccounts.tenantId, actor().tenantId), eq(finAccounts.id, id)));
  if (!row) throw cashErrors['finance.payment.counterAccountNotFound']();
}

/** Stores a draft 付款单 (out) or 收款单 (in) after checking partner, accounts and allocations. */
export async function storePayment(input: NewPaymentInput, requestedBy: string | null): Promise<{ paymentId: string; number: string }> {
  const partnerId = input.partnerId ?? null;
  // Any enabled partner: a refund pays a customer, a supplier's rebate is received; allocations check the kind.
  if (partnerId) await assertPartner(partnerId);
  // Without a partner nothing can be settled and the money needs an explicit other side.
  if (!partnerId && (!input.counterpartyName || !input.counterAccountId || input.allocations.length)) throw cashErrors['finance.payment.counterpartyRequired']();
  await checkCounterAccount(input.counterAccountId);
  if (input.cashAccountId) {
    const cash = await findCashAccount(input.cashAccountId);
    if (!cash) throw cashErrors['finance.cash.accountNotFound']();
    if (!cash.enabled) throw cashErrors['finance.cash.accountDisabled']();
  }
  const amount = new Decimal(input.amount).toFixed(2);
  const allocations = input.allocations.map((a) => ({ openItemId: a.openItemId, amount: new Decimal(a.amount).toFixed(2) }));
  await checkAllocations({ direction: input.direction, partnerId, amount, allocations });

  const id = newId();
  const number = await nextNumber(paymentDocType[input.direction]);
  await insertPayment({
    id, tenantId: actor().tenantId, direction: input.direction, number, partnerId, counterpartyName: input.counterpartyName ?? null,
    cashAccountId: input.cashAccountId ?? null, amount, paymentDate: input.paymentDate, category: input.category,
    counterAccountId: input.counterAccountId ?? null, summary: input.summary, allocations,
    sourceType: input.source?.type ?? null, sourceId: input.source?.id ?? null, sourceNumber: input.source?.number ?? null, requestedBy,
  });
  if (input.source) await linkDocuments({ from: input.source, to: { type: paymentSourceType, id, number }, relation: 'requests' });
  await recordAudit({ entity: 'finPayment', entityId: id, action: 'create', after: { number, direction: input.direction, amount } });
  return { paymentId: id, number };
}

/** POST /finance/payments: a draft the requester then submits (out) or the cashier executes (in). */
export async function createPayment(input: NewPaymentInput): Promise<Payment> {
  const { paymentId } = await storePayment(input, actor().userId ?? null);
  return getPayment(paymentId);
}

/**
 * For other modules (a supplier bill in procurement): a 付款申请 allocated to the bill's open item,
 * in the caller's transaction, submitted for approval unless `submit` is false.
 */
export async function createPaymentRequest(input: {
  partnerId: string; amount: string; summary: string; source?: { type: string; id: string; number: string } | null;
  allocations: { openItemId: string; amount: string }[]; requestedBy: string; submit?: boolean;
}): Promise<{ paymentId: string; number: string }> {
  const created = await storePayment({
    direction: 'out', partnerId: input.partnerId, amount: input.amount, paymentDate: todayInChina(), category: 'purchasePayments',
    summary: input.summary, allocations: input.allocations, source: input.source ?? null,
  }, input.requestedBy);
  if (input.submit ?? true) await submitPayment(created.paymentId, input.requestedBy);
  return created;
}
