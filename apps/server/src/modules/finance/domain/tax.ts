import Decimal from 'decimal.js';

/** 增值税 rates in use for a small company: 13% goods, 9% transport/construction, 6% services, 0 exempt. */
export const vatRates = ['0.13', '0.09', '0.06', '0'] as const;
export type VatRate = (typeof vatRates)[number];

export interface TaxSplit { net: string; tax: string; gross: string }

const round2 = (d: Decimal): Decimal => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * Splits an amount into 不含税金额 / 税额 / 价税合计, two decimals half-up. The split is derived so
 * that net + tax = gross exactly: tax-inclusive amounts round the net and take the tax as the
 * remainder (as a 发票 shows it); tax-exclusive amounts round the tax on the net.
 */
export function computeTax(amount: string, rate: string, inclusive: boolean): TaxSplit {
  const value = round2(new Decimal(amount));
  const r = new Decimal(rate);
  if (r.isNegative() || r.greaterThanOrEqualTo(1)) throw new RangeError(`VAT rate out of range: ${rate}`);
  if (inclusive) {
    const net = round2(value.dividedBy(r.plus(1)));
    return { net: net.toFixed(2), tax: value.minus(net).toFixed(2), gross: value.toFixed(2) };
  }
  const tax = round2(value.times(r));
  return { net: value.toFixed(2), tax: tax.toFixed(2), gross: value.plus(tax).toFixed(2) };
}

/** Line amount before tax split: quantity × price, two decimals half-up. */
export function lineAmount(quantity: string, price: string): string {
  return round2(new Decimal(quantity).times(price)).toFixed(2);
}
