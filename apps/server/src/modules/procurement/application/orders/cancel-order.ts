import Decimal from 'decimal.js';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { orderErrors } from '../../orders.errors.ts';
import { findOrder, orderLines, transitionOrder } from '../../infra/orders.repository.ts';
import { refreshRequestsOfOrder } from '../requests/refresh-request-status.ts';
import { moveIncoming } from './incoming.ts';

/**
 * 取消订单: before anything arrived. A confirmed order gives back its incoming; the requests it
 * was bought for see those lines as not ordered again. An order in approval is withdrawn first.
 */
export async function cancelOrder(id: string): Promise<void> {
  const order = await findOrder(id, true);
  if (!order) throw orderErrors['procurement.order.notFound']();
  if (!['draft', 'rejected', 'confirmed'].includes(order.status)) throw orderErrors['procurement.order.badStatus']({ status: order.status }, { status: order.status });
  const lines = await orderLines(id);
  if (lines.some((l) => new Decimal(l.receivedQty).gt(0))) throw orderErrors['procurement.order.hasReceipts']();
  await transitionOrder(id, [order.status], { status: 'cancelled' });
  if (order.status === 'confirmed') await moveIncoming(order.warehouseId, lines, -1, true);
  await recordAudit({ entity: 'purchaseOrder', entityId: id, action: 'cancel', before: { status: order.status } });
  await refreshRequestsOfOrder(id);
}

/**
 * 关闭订单: nothing more will come (the supplier cannot deliver the rest, or a partial delivery
 * is accepted as complete). The unreceived rest leaves incoming.
 */
export async function closeOrder(id: string): Promise<void> {
  const order = await findOrder(id, true);
  if (!order) throw orderErrors['procurement.order.notFound']();
  if (!['confirmed', 'partlyReceived', 'received'].includes(order.status)) throw orderErrors['procurement.order.badStatus']({ status: order.status }, { status: order.status });
  await transitionOrder(id, [order.status], { status: 'closed' });
  await moveIncoming(order.warehouseId, await orderLines(id), -1, true);
  await recordAudit({ entity: 'purchaseOrder', entityId: id, action: 'close', before: { status: order.status } });
  await refreshRequestsOfOrder(id);
}
