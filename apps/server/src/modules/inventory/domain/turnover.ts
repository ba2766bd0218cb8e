import Decimal from 'decimal.js';
import { toCents } from './valuation.ts';

export interface TurnoverFigures {
  openingValue: string;
  closingValue: string;
  averageValue: string;
  issuedCost: string;
  turnover: string | null;
  daysOfInventory: string | null;
}

/**
 * 存货周转率 = cost of goods issued ÷ average inventory value ((opening + closing) / 2);
 * 周转天数 = days in the period ÷ turnover. Undefined (null) without stock or without issues.
 */
export function turnoverOf(opening: Decimal.Value, closing: Decimal.Value, issued: Decimal.Value, days: number): TurnoverFigures {
  const average = toCents(new Decimal(opening).plus(closing).div(2));
  const cost = new Decimal(issued);
  const turnover = average.gt(0) ? cost.div(average) : null;
  const daysOfInventory = turnover && turnover.gt(0) ? new Decimal(days).div(turnover) : null;
  return {
    openingValue: new Decimal(opening).toFixed(2), closingValue: new Decimal(closing).toFixed(2), averageValue: average.toFixed(2),
    issuedCost: cost.toFixed(2), turnover: turnover?.toFixed(2) ?? null, daysOfInventory: daysOfInventory?.toFixed(1) ?? null,
  };
}

/** Calendar days from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
