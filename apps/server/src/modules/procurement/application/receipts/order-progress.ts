import Decimal from 'decimal.js';
import type { OrderLineRow, OrderRow } from '../../infra/orders.repository.ts';
import { transitionOrder } from '../../infra/orders.repository.ts';

/**
 * 订单收货状态 after a receipt or a return: received when every line has arrived in full (net of
 * returns), partly received otherwise. A closed order stays closed.
 */
export async function updateOrderProgress(order: OrderRow, lines: readonly OrderLineRow[]): Promise<void> {
  if (!['confirmed', 'partlyReceived', 'received'].includes(order.status)) return;
  const net = (l: OrderLineRow) => new Decimal(l.receivedQty).minus(l.returnedQty);
  const all = lines.every((l) => net(l).gte(l.quantity));
  const any = lines.some((l) => new Decimal(l.receivedQty).gt(0));
  const status = all ? 'received' : any ? 'partlyReceived' : 'confirmed';
  if (status !== order.status) await transitionOrder(order.id, [order.status], { status });
}
