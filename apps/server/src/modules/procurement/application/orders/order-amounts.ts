import Decimal from 'decimal.js';
import { computeTax } from '../../../finance/index.ts';

export interface LineMoney { net: string; tax: string; gross: string }

/**
 * A line's 价税合计 is quantity × tax-inclusive price (2 dp); net and tax are split by finance's
 * computeTax so they round exactly as the ledger and the supplier's 发票 do. Rates are percent.
 */
export function lineMoney(quantity: string, price: string, taxRatePct: string): LineMoney {
  const gross = new Decimal(quantity).times(price).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  return computeTax(gross, new Decimal(taxRatePct).div(100).toString(), true);
}

/** Net unit cost per line unit (what enters the stock valuation), 6 dp. */
export function netUnitPrice(price: string, taxRatePct: string): string {
  return new Decimal(price).div(new Decimal(taxRatePct).div(100).plus(1)).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6);
}

export function sumMoney(lines: readonly LineMoney[]): LineMoney {
  const total = (key: keyof LineMoney) => lines.reduce((s, l) => s.plus(l[key]), new Decimal(0)).toFixed(2);
  return { net: total('net'), tax: total('tax'), gross: total('gross') };
}

/** Quantity in the base unit: line quantity × factor, 4 dp. */
export function toBase(quantity: string, factor: string): string {
  return new Decimal(quantity).times(factor).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}
