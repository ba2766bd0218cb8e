import Decimal from 'decimal.js';
import { defaultWarehouse, itemsByIds } from '../../../catalog/index.ts';
import { requestErrors } from '../../requests.errors.ts';
import { todayInChina } from '../../domain/dates.ts';
import { liveRequestStatuses } from '../../domain/request-status.ts';
import { findRequest, requestLines } from '../../infra/requests.repository.ts';
import { bestSupplierPrice } from '../sourcing/index.ts';
import { createPurchaseOrder } from '../orders/create-order.ts';
import type { OrderLineInput } from '../orders/prepare-lines.ts';
import { refreshRequestStatus } from './refresh-request-status.ts';

/** The item's purchase price is per base unit; the line may be in a larger unit (箱 = 24 个). */
function perLineUnit(basePrice: string | null, line: { quantity: string; baseQuantity: string }): string | null {
  if (basePrice === null) return null;
  return new Decimal(basePrice).times(line.baseQuantity).div(line.quantity).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6);
}

interface Group { supplierId: string; warehouseId: string; lines: OrderLineInput[] }

export interface OrdersFromRequestOptions {
  /**
   * The orders' buyer: left out, the actor (a buyer ordering the request); `null`, none — the
   * approval raised them, and its last approver is not the one who buys.
   */
  buyerId?: string | null;
}

/**
 * 申请转订单: the open rest of every line of an approved request goes on a confirmed purchase
 * order (the request's approval covers it), one order per supplier × warehouse. The supplier is
 * the line's choice, else the item's default supplier, else the cheapest valid price list entry;
 * lines with none stay unsourced for a buyer. Safe to repeat: what is already ordered is skipped.
 */
export async function createOrdersFromRequest(requestId: string, options: OrdersFromRequestOptions = {}): Promise<{ orderIds: string[]; unsourcedLineIds: string[] }> {
  // The row lock serialises two runs for the same request (event redelivery, a buyer's click).
  const request = await findRequest(requestId, true);
  if (!request) throw requestErrors['procurement.request.notFound']();
  if (!(liveRequestStatuses as readonly string[]).includes(request.status)) {
    throw requestErrors['procurement.request.badStatus']({ status: request.status }, { status: request.status });
  }
  const lines = (await requestLines(requestId)).filter((l) => new Decimal(l.quantity).gt(l.orderedQty));
  const items = await itemsByIds(lines.map((l) => l.itemId));
  const date = todayInChina();
  const fallbackWarehouse = request.warehouseId ? null : await defaultWarehouse();
  const groups = new Map<string, Group>();
  const unsourcedLineIds: string[] = [];
  for (const line of lines) {
    const item = items.get(line.itemId);
    const quantity = new Decimal(line.quantity).minus(line.orderedQty).toFixed(4);
    const best = await bestSupplierPrice(line.itemId, line.unitId, quantity, date);
    const supplierId = line.supplierId ?? item?.defaultSupplierId ?? best?.supplierId ?? null;
    const warehouseId = request.warehouseId ?? item?.defaultWarehouseId ?? fallbackWarehouse?.id ?? null;
    if (!supplierId) { unsourcedLineIds.push(line.id); continue; }
    if (!warehouseId) throw requestErrors['procurement.request.noWarehouse']();
    const listed = best?.supplierId === supplierId ? best : null;
    const key = `${supplierId}|${warehouseId}`;
    const group = groups.get(key) ?? { supplierId, warehouseId, lines: [] };
    group.lines.push({
      itemId: line.itemId, unitId: line.unitId, quantity,
      price: line.estimatedPrice ?? listed?.price ?? perLineUnit(item?.purchasePrice ?? null, line) ?? '0',
      taxRate: listed?.taxRate ?? item?.taxRate ?? null,
      expectedDate: request.neededBy, requestLineId: line.id,
    });
    groups.set(key, group);
  }
  const orderIds: string[] = [];
  for (const group of groups.values()) {
    const { orderId } = await createPurchaseOrder({
      supplierId: group.supplierId, warehouseId: group.warehouseId, expectedDate: request.neededBy, lines: group.lines,
      requestId, status: 'confirmed', note: request.purpose, buyerId: options.buyerId,
    });
    orderIds.push(orderId);
  }
  await refreshRequestStatus(requestId);
  return { orderIds, unsourcedLineIds };
}
