import type { EventEnvelope } from '@triad/contracts';
import { onEvent } from '../../platform/events/index.ts';
import { billDocType, recordBillPayments } from '../../modules/procurement/index.ts';

/**
 * (d) 付款 → 发票已付: the cashier paid (Dr 2202 / Cr 1002, finance's voucher, which also settled
 * the open items). Bills among the settled documents record the payment — 部分付款 / 已付款 — and
 * (e) the purchase requests behind them move on to 已付款 once all their bills are paid.
 */
export async function billsPaid(event: EventEnvelope<'finance.payment.executed'>): Promise<void> {
  const { paymentId, direction, allocations } = event.payload;
  if (direction !== 'out') return;
  const billAllocations = allocations.filter((a) => a.sourceType === billDocType);
  if (billAllocations.length > 0) await recordBillPayments(paymentId, billAllocations);
}

onEvent('finance.payment.executed', 'procureToPay.billsPaid', billsPaid);
