import type { EventEnvelope } from '@triad/contracts';
import { onEvent } from '../../platform/events/index.ts';
import { actor } from '../../platform/tx/index.ts';
import { createPaymentRequest } from '../../modules/finance/index.ts';
import { billDocType, billPaymentRequestOf, setBillPaymentRequest } from '../../modules/procurement/index.ts';

/**
 * (d) 发票入账 → 付款申请: a matched supplier bill raises a payment request for its gross,
 * allocated to the bill's payable, submitted into finance's approval (付款申请) in the name of
 * whoever entered the bill. The bill remembers the payment.
 */
export async function paymentRequestForBill(event: EventEnvelope<'procurement.bill.posted'>): Promise<void> {
  const { billId, number, supplierId, grossAmount, openItemId, createdBy } = event.payload;
  // One payment request per bill: none when one was raised already (by hand, or by the demo's history).
  if (await billPaymentRequestOf(billId)) return;
  const requestedBy = createdBy ?? event.actorUserId ?? actor().userId;
  if (!requestedBy) throw new Error(`bill ${number}: nobody to request its payment`);
  const { paymentId } = await createPaymentRequest({
    partnerId: supplierId, amount: grossAmount, summary: `支付采购发票 ${number}`,
    source: { type: billDocType, id: billId, number }, allocations: [{ openItemId, amount: grossAmount }], requestedBy, submit: true,
  });
  await setBillPaymentRequest(billId, paymentId);
}

onEvent('procurement.bill.posted', 'procureToPay.paymentRequest', paymentRequestForBill);
