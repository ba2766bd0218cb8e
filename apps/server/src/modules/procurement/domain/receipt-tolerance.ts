import Decimal from 'decimal.js';

export interface ReceivableLine { ordered: string; received: string; returned: string }

/**
 * 超收容差: the tolerance is a percentage of the ordered quantity (as ERPs set an over-delivery
 * tolerance on the order), so all receipts of a line together may reach ordered × (1 + pct).
 * Goods returned to the supplier no longer count as received: a replacement can be received.
 */
export function receivableQuantities(line: ReceivableLine, tolerancePct: string): { remaining: string; maxReceivable: string } {
  const net = new Decimal(line.received).minus(line.returned);
  const remaining = Decimal.max(new Decimal(line.ordered).minus(net), 0);
  const ceiling = new Decimal(line.ordered).times(new Decimal(tolerancePct).div(100).plus(1));
  const max = Decimal.max(ceiling.minus(net), 0).toDecimalPlaces(4, Decimal.ROUND_DOWN);
  return { remaining: remaining.toFixed(4), maxReceivable: max.toFixed(4) };
}
