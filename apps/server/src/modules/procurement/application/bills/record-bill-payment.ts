import Decimal from 'decimal.js';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { emit } from '../../../../platform/events/index.ts';
import { refreshRequestStatus, requestIdsOfOrderLines } from '../requests/index.ts';
import { billLines, billsOfOpenItems, findBill, updateBillRow } from './bills.repository.ts';
import { billDocType } from './doc-types.ts';

/** The payment request already raised for a bill, if any (the flow raises one per bill). */
export async function billPaymentRequestOf(billId: string): Promise<string | null> {
  return (await findBill(billId))?.paymentId ?? null;
}

/** Remembers the payment request raised for a bill, so the bill page can show it. */
export async function setBillPaymentRequest(billId: string, paymentId: string): Promise<void> {
  const bill = await findBill(billId, true);
  if (bill && !bill.paymentId) await updateBillRow(billId, { paymentId });
}

/**
 * A payment settled (part of) the open items of supplier bills: the bills record what was paid —
 * 部分付款 or 已付款 — emit `procurement.bill.paid`, and the purchase requests behind them follow
 * (paid once every bill on their orders is). Allocations of other documents are ignored.
 */
export async function recordBillPayments(paymentId: string, allocations: readonly { openItemId: string; amount: string }[]): Promise<string[]> {
  const bills = await billsOfOpenItems(allocations.map((a) => a.openItemId));
  const touchedRequests = new Set<string>();
  for (const bill of bills) {
    // Paid in full already (a replayed event, or the demo seeding its history): nothing to add.
    if (bill.status === 'paid') continue;
    const paidNow = allocations.filter((a) => a.openItemId === bill.openItemId).reduce((s, a) => s.plus(a.amount), new Decimal(0));
    const paid = Decimal.min(new Decimal(bill.paidAmount).plus(paidNow), bill.grossAmount);
    const settledInFull = paid.gte(bill.grossAmount);
    await updateBillRow(bill.id, { paidAmount: paid.toFixed(2), status: settledInFull ? 'paid' : 'partlyPaid', paymentId: bill.paymentId ?? paymentId });
    const requestIds = await requestIdsOfOrderLines([...new Set((await billLines(bill.id)).map((l) => l.orderLineId))]);
    await emit('procurement.bill.paid', { billId: bill.id, number: bill.number, paidAmount: paid.toFixed(2), settledInFull, requestIds });
    await recordAudit({ entity: billDocType, entityId: bill.id, action: 'pay', before: { paidAmount: bill.paidAmount }, after: { paidAmount: paid.toFixed(2), paymentId } });
    for (const id of requestIds) touchedRequests.add(id);
  }
  for (const id of touchedRequests) await refreshRequestStatus(id);
  return bills.map((b) => b.id);
}
