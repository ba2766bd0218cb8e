import Decimal from 'decimal.js';
import { orderLinesOfRequestLines } from '../../infra/orders.repository.ts';
import { requestLinesByIds, setOrderedQty } from '../../infra/requests.repository.ts';

/** Orders that will never deliver do not count as ordered. */
export const deadOrderStatuses = ['rejected', 'cancelled'] as const;

/**
 * 已下单数量 of request lines: the quantities of every live order line bought for them (drafts
 * included, so an RFQ award or a second run does not order the same line twice), in the request
 * line's unit.
 */
export async function syncOrderedQuantities(requestLineIds: readonly string[]): Promise<void> {
  if (requestLineIds.length === 0) return;
  const lines = await requestLinesByIds(requestLineIds);
  const ordered = await orderLinesOfRequestLines(requestLineIds, deadOrderStatuses);
  for (const line of lines) {
    const lineFactor = new Decimal(line.baseQuantity).div(line.quantity);
    const base = ordered.filter((o) => o.line.requestLineId === line.id)
      .reduce((s, o) => s.plus(new Decimal(o.line.quantity).times(o.line.unitFactor)), new Decimal(0));
    const qty = base.div(lineFactor).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
    if (!new Decimal(qty).eq(line.orderedQty)) await setOrderedQty(line.id, qty);
  }
}
