import Decimal from 'decimal.js';

// Amount helpers of the reports: exact decimals, 2 places half-up, balances shown on their side.

export type Side = 'debit' | 'credit' | 'flat';

export const zero = new Decimal(0);

/** A database numeric (string), number or null as a Decimal. */
export function dec(value: unknown): Decimal {
  if (value === null || value === undefined || value === '') return zero;
  return new Decimal(typeof value === 'string' ? value : String(value));
}

/** 2 decimals half-up; never "-0.00". */
export function fmt(value: Decimal): string {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? '0.00' : rounded.toFixed(2);
}

/** 余额方向 of a debit-minus-credit net: 借 when positive, 贷 when negative, 平 when zero. */
export function sideOf(net: Decimal): Side {
  return net.isZero() ? 'flat' : net.isPositive() ? 'debit' : 'credit';
}

/** A net shown on the side of its sign, as the trial balance prints it (the other side zero). */
export function onItsSide(net: Decimal): { debit: string; credit: string } {
  return net.isPositive() ? { debit: fmt(net), credit: '0.00' } : { debit: '0.00', credit: fmt(net.negated()) };
}

/** A balance as direction + magnitude (明细账, 总账). */
export function balanceOf(net: Decimal): { direction: Side; balance: string } {
  return { direction: sideOf(net), balance: fmt(net.abs()) };
}

/** First period (YYYY01) of the year of a YYYYMM period. */
export const yearStart = (period: number): number => Math.floor(period / 100) * 100 + 1;
