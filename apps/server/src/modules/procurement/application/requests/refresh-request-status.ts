import Decimal from 'decimal.js';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { deriveRequestStatus, liveRequestStatuses, type RequestLineProgress } from '../../domain/request-status.ts';
import { orderLines, orderLinesByIds, orderLinesOfRequestLines } from '../../infra/orders.repository.ts';
import { supplierBillLines, supplierBills } from '../../infra/procurement.tables.ts';
import { findRequest, requestLines, requestLinesByIds, transitionRequest } from '../../infra/requests.repository.ts';
import { syncOrderedQuantities } from './ordered-quantities.ts';

/** Orders that count for the live status: confirmed and beyond. */
const notYetOrdered = ['draft', 'pendingApproval', 'rejected', 'cancelled'] as const;

/** True when every bill on these order lines is paid (false when there is none). */
async function billsAllPaid(orderLineIds: readonly string[]): Promise<boolean> {
  if (orderLineIds.length === 0) return false;
  const rows = await tx().selectDistinct({ status: supplierBills.status }).from(supplierBillLines)
    .innerJoin(supplierBills, eq(supplierBills.id, supplierBillLines.billId))
    .where(and(eq(supplierBillLines.tenantId, actor().tenantId), inArray(supplierBillLines.orderLineId, [...orderLineIds]), ne(supplierBills.status, 'cancelled')));
  return rows.length > 0 && rows.every((r) => r.status === 'paid');
}

/**
 * 采购申请实时状态: recomputed from the orders bought for its lines (ordered, received net of
 * returns, billed, bills paid). Requests not yet approved, or cancelled, keep their status.
 * Returns the status after the refresh.
 */
export async function refreshRequestStatus(requestId: string): Promise<string | null> {
  const request = await findRequest(requestId, true);
  if (!request) return null;
  if (!(liveRequestStatuses as readonly string[]).includes(request.status)) return request.status;
  const lines = await requestLines(requestId);
  const ordered = await orderLinesOfRequestLines(lines.map((l) => l.id), notYetOrdered);
  const progress: RequestLineProgress[] = lines.map((line) => {
    const mine = ordered.filter((o) => o.line.requestLineId === line.id).map((o) => o.line);
    const base = (pick: (l: (typeof mine)[number]) => Decimal) => mine.reduce((s, l) => s.plus(pick(l).times(l.unitFactor)), new Decimal(0)).toFixed(4);
    return {
      quantity: line.baseQuantity,
      ordered: base((l) => new Decimal(l.quantity)),
      received: base((l) => new Decimal(l.receivedQty).minus(l.returnedQty)),
      billed: base((l) => new Decimal(l.billedQty)),
    };
  });
  const status = deriveRequestStatus(progress, await billsAllPaid(ordered.map((o) => o.line.id)));
  if (status !== request.status) {
    await transitionRequest(requestId, [request.status], { status });
    await recordAudit({ entity: 'purchaseRequest', entityId: requestId, action: 'status', before: { status: request.status }, after: { status } });
  }
  return status;
}

/** The purchase requests these order lines were bought for. */
export async function requestIdsOfOrderLines(orderLineIds: readonly string[]): Promise<string[]> {
  const lines = await orderLinesByIds(orderLineIds);
  const requestLineIds = lines.flatMap((l) => (l.requestLineId ? [l.requestLineId] : []));
  const requestLinesFound = await requestLinesByIds(requestLineIds);
  return [...new Set(requestLinesFound.map((r) => r.requestId))].sort();
}

/** After an order changes (confirmed, received, cancelled): its requests' ordered quantities and live status. */
export async function refreshRequestsOfOrder(orderId: string): Promise<string[]> {
  const lines = await orderLines(orderId);
  const requestLineIds = lines.flatMap((l) => (l.requestLineId ? [l.requestLineId] : []));
  if (requestLineIds.length === 0) return [];
  await syncOrderedQuantities(requestLineIds);
  const ids = await requestIdsOfOrderLines(lines.map((l) => l.id));
  for (const id of ids) await refreshRequestStatus(id);
  return ids;
}
