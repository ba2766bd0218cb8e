import Decimal from 'decimal.js';

// Stock valuation rules, pure. Every move's value is rounded to cents, and the balance value is
// the sum of its moves' values — so the stock value always equals the inventory account.

export const toCents = (d: Decimal.Value): Decimal => new Decimal(d).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
export const toUnitCost = (d: Decimal.Value): Decimal => new Decimal(d).toDecimalPlaces(6, Decimal.ROUND_HALF_UP);

export interface BalanceState {
  onHand: Decimal;
  value: Decimal;
  avgCost: Decimal;
}

/** The cost per unit an issue is valued at under moving average (移动加权平均). */
export function currentAverage(balance: BalanceState): Decimal {
  return balance.onHand.gt(0) ? balance.value.div(balance.onHand) : balance.avgCost;
}

/**
 * Value of issuing `quantity` (> 0) at moving average. Issuing everything on hand takes the whole
 * remaining value, so no cent is left behind on an empty balance.
 */
export function averageIssue(balance: BalanceState, quantity: Decimal): { unitCost: Decimal; value: Decimal } {
  if (balance.onHand.gt(0) && balance.onHand.eq(quantity)) {
    return { unitCost: toUnitCost(balance.value.div(quantity)), value: balance.value };
  }
  const unit = currentAverage(balance);
  return { unitCost: toUnitCost(unit), value: toCents(quantity.mul(unit)) };
}

export interface OpenLayer {
  id: string;
  remaining: Decimal;
  unitCost: Decimal;
}

/**
 * Value of issuing `quantity` (> 0) first in, first out (先进先出): oldest layers first. What the
 * layers cannot cover (negative stock allowed) is valued at `fallbackCost`.
 */
export function fifoIssue(layers: readonly OpenLayer[], quantity: Decimal, balance: BalanceState, fallbackCost: Decimal): {
  takes: { id: string; take: Decimal; remaining: Decimal }[]; unitCost: Decimal; value: Decimal;
} {
  let left = quantity;
  let exact = new Decimal(0);
  const takes: { id: string; take: Decimal; remaining: Decimal }[] = [];
  for (const layer of layers) {
    if (left.lte(0)) break;
    const take = Decimal.min(left, layer.remaining);
    if (take.lte(0)) continue;
    takes.push({ id: layer.id, take, remaining: layer.remaining.minus(take) });
    exact = exact.plus(take.mul(layer.unitCost));
    left = left.minus(take);
  }
  if (left.gt(0)) exact = exact.plus(left.mul(fallbackCost));
  const value = balance.onHand.gt(0) && balance.onHand.eq(quantity) ? balance.value : toCents(exact);
  return { takes, unitCost: toUnitCost(value.div(quantity)), value };
}

/** The balance after a signed move of `quantity` worth signed `value`. */
export function afterMove(balance: BalanceState, quantity: Decimal, value: Decimal, unitCost: Decimal): BalanceState {
  const onHand = balance.onHand.plus(quantity);
  const total = balance.value.plus(value);
  // Empty (or negative) stock keeps the last known cost for the next issue.
  const avgCost = onHand.gt(0) ? toUnitCost(total.div(onHand)) : (quantity.gt(0) ? toUnitCost(unitCost) : balance.avgCost);
  return { onHand, value: total, avgCost };
}
