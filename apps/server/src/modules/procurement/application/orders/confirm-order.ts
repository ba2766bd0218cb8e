import { emit } from '../../../../platform/events/index.ts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { orderErrors } from '../../orders.errors.ts';
import { orderLines, transitionOrder, type OrderStatus } from '../../infra/orders.repository.ts';
import { refreshRequestsOfOrder } from '../requests/refresh-request-status.ts';
import { moveIncoming } from './incoming.ts';

/**
 * 订单确认: the order is now a commitment to the supplier — its quantities become incoming stock
 * and `procurement.order.confirmed` tells the rest of the system.
 */
export async function confirmOrder(orderId: string, from: readonly OrderStatus[]): Promise<void> {
  const row = await transitionOrder(orderId, from, { status: 'confirmed', confirmedAt: new Date() });
  if (!row) throw orderErrors['procurement.order.badStatus']({ status: from.join('/') }, { expected: from });
  await moveIncoming(row.warehouseId, await orderLines(orderId), 1);
  await recordAudit({ entity: 'purchaseOrder', entityId: orderId, action: 'confirm', after: { status: 'confirmed' } });
  emit('procurement.order.confirmed', { orderId, number: row.number, supplierId: row.supplierId, requestId: row.requestId, grossAmount: row.grossAmount });
  await refreshRequestsOfOrder(orderId);
}
