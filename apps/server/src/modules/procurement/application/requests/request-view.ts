import Decimal from 'decimal.js';
import type { PurchaseRequest, PurchaseRequestSummary } from '@triad/contracts';
import { actor } from '../../../../platform/tx/index.ts';
import { approvalOf } from '../../../approval/index.ts';
import { requestErrors } from '../../requests.errors.ts';
import { liveRequestStatuses } from '../../domain/request-status.ts';
import { orderLinesOfRequestLines, ordersOfRequest } from '../../infra/orders.repository.ts';
import { findRequest, requestLines, type RequestRow } from '../../infra/requests.repository.ts';
import { loadNames, nameOf, type Names } from '../orders/lookups.ts';
import { requestDocType } from './doc-types.ts';

function summaryOf(row: RequestRow, names: Names): PurchaseRequestSummary {
  return {
    id: row.id, number: row.number, status: row.status, purpose: row.purpose, neededBy: row.neededBy,
    requesterId: row.requesterId, requesterName: nameOf(names.users, row.requesterId), departmentId: row.departmentId,
    departmentName: nameOf(names.departments, row.departmentId), warehouseId: row.warehouseId, estimatedAmount: row.estimatedAmount,
    approvedAt: row.approvedAt?.toISOString() ?? null, createdAt: row.createdAt.toISOString(),
  };
}

export async function presentRequests(rows: readonly RequestRow[]): Promise<PurchaseRequestSummary[]> {
  const names = await loadNames({ users: rows.map((r) => r.requesterId), departments: rows.map((r) => r.departmentId) });
  return rows.map((r) => summaryOf(r, names));
}

/** Sum of an order-line quantity field converted into the request line's unit. */
function inLineUnit(lines: readonly { quantity: string; unitFactor: string; value: string }[], requestLine: { quantity: string; baseQuantity: string }): string {
  const base = lines.reduce((s, l) => s.plus(new Decimal(l.value).times(l.unitFactor)), new Decimal(0));
  return base.times(requestLine.quantity).div(requestLine.baseQuantity).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}

/**
 * One request with its lines, what the orders made of each (ordered, received, returned, billed),
 * the orders and the live status steps. The requester sees their own; procurement.read sees all.
 */
export async function getRequest(id: string, canReadAll: boolean): Promise<PurchaseRequest> {
  const row = await findRequest(id);
  // Someone else's request is "not found" rather than "forbidden": its existence is not disclosed.
  if (!row || (!canReadAll && row.requesterId !== actor().userId)) throw requestErrors['procurement.request.notFound']();
  const lines = await requestLines(id);
  const orderLines = await orderLinesOfRequestLines(lines.map((l) => l.id), ['draft', 'pendingApproval', 'rejected', 'cancelled']);
  const orders = await ordersOfRequest(id);
  const names = await loadNames({
    users: [row.requesterId], departments: [row.departmentId], warehouses: [row.warehouseId], items: lines.map((l) => l.itemId),
    units: lines.map((l) => l.unitId), partners: [...lines.map((l) => l.supplierId), ...orders.map((o) => o.supplierId)],
  });
  const reached = liveRequestStatuses.indexOf(row.status as (typeof liveRequestStatuses)[number]);
  return {
    ...summaryOf(row, names), warehouseName: nameOf(names.warehouses, row.warehouseId), note: row.note,
    lines: lines.map((l) => {
      const item = names.items.get(l.itemId);
      const mine = orderLines.filter((o) => o.line.requestLineId === l.id).map((o) => o.line);
      const sum = (pick: (x: (typeof mine)[number]) => string) => inLineUnit(mine.map((x) => ({ quantity: x.quantity, unitFactor: x.unitFactor, value: pick(x) })), l);
      return {
        id: l.id, lineNo: l.lineNo, itemId: l.itemId, itemCode: item?.code ?? null, itemName: item?.name ?? null, spec: item?.spec ?? null,
        unitId: l.unitId, unitName: nameOf(names.units, l.unitId), quantity: l.quantity, baseQuantity: l.baseQuantity, estimatedPrice: l.estimatedPrice,
        amount: l.amount, supplierId: l.supplierId, supplierName: nameOf(names.partners, l.supplierId), orderedQty: l.orderedQty,
        receivedQty: sum((x) => x.receivedQty), returnedQty: sum((x) => x.returnedQty), billedQty: sum((x) => x.billedQty), note: l.note,
      };
    }),
    orders: orders.map((o) => ({
      id: o.id, number: o.number, supplierId: o.supplierId, supplierName: nameOf(names.partners, o.supplierId), status: o.status,
      grossAmount: o.grossAmount, expectedDate: o.expectedDate,
    })),
    approval: await approvalOf(requestDocType, id),
    steps: liveRequestStatuses.map((status, i) => ({ status, done: reached >= 0 && i <= reached })),
    canEdit: (row.status === 'draft' || row.status === 'rejected') && row.requesterId === actor().userId,
  };
}
