import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { assertWarehouse } from '../../../catalog/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import { todayInChina } from '../../domain/dates.ts';
import { insertOrder } from '../../infra/orders.repository.ts';
import { findRequest, requestLinesByIds } from '../../infra/requests.repository.ts';
import { syncOrderedQuantities } from '../requests/ordered-quantities.ts';
import { requestDocType } from '../requests/doc-types.ts';
import { confirmOrder } from './confirm-order.ts';
import { orderDocType } from './doc-types.ts';
import { prepareOrderLines, type OrderLineInput } from './prepare-lines.ts';

/** The request bought for: the one named, else the single request all its request lines come from. */
async function requestOf(input: NewPurchaseOrder) {
  if (input.requestId) return findRequest(input.requestId);
  const lineIds = input.lines.flatMap((l) => (l.requestLineId ? [l.requestLineId] : []));
  const requestIds = new Set((await requestLinesByIds(lineIds)).map((l) => l.requestId));
  return requestIds.size === 1 ? findRequest([...requestIds][0]!) : undefined;
}

export interface NewPurchaseOrder {
  supplierId: string;
  warehouseId: string;
  orderDate?: string | null;
  expectedDate?: string | null;
  note?: string | null;
  lines: OrderLineInput[];
  /** The RFQ it was awarded from (the caller links rfq → order). */
  rfqId?: string | null;
  /** The purchase request it buys for: linked request → order here. */
  requestId?: string | null;
  /** The buyer: left out, the actor; `null`, none (orders the approval of a request raised). */
  buyerId?: string | null;
  /** `confirmed` only when an approval already covers it (an approved request); default draft. */
  status?: 'draft' | 'confirmed';
}

/**
 * 新建采购订单, in the caller's unit of work: supplier, warehouse and lines checked, priced with
 * the ledger's tax rounding, numbered CG-…; a confirmed order raises incoming at once.
 */
export async function createPurchaseOrder(input: NewPurchaseOrder): Promise<{ orderId: string; number: string }> {
  await assertPartner(input.supplierId, 'supplier');
  await assertWarehouse(input.warehouseId);
  const request = await requestOf(input);
  const orderId = newId();
  const prepared = await prepareOrderLines(orderId, input.lines);
  const number = await nextNumber(orderDocType);
  await insertOrder({
    id: orderId, tenantId: actor().tenantId, number, supplierId: input.supplierId, status: 'draft',
    orderDate: input.orderDate ?? todayInChina(), expectedDate: input.expectedDate ?? null, warehouseId: input.warehouseId,
    buyerId: input.buyerId === undefined ? actor().userId ?? null : input.buyerId, requestId: request?.id ?? null, rfqId: input.rfqId ?? null,
    netAmount: prepared.totals.net, taxAmount: prepared.totals.tax, grossAmount: prepared.totals.gross, note: input.note ?? null,
  }, prepared.rows);
  if (request) await linkDocuments({ from: { type: requestDocType, id: request.id, number: request.number }, to: { type: orderDocType, id: orderId, number }, relation: 'orders' });
  await recordAudit({ entity: 'purchaseOrder', entityId: orderId, action: 'create', after: { number, supplierId: input.supplierId, grossAmount: prepared.totals.gross } });
  await syncOrderedQuantities(prepared.rows.flatMap((r) => (r.requestLineId ? [r.requestLineId] : [])));
  if (input.status === 'confirmed') await confirmOrder(orderId, ['draft']);
  return { orderId, number };
}
