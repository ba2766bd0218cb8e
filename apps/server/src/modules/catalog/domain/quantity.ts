import Decimal from 'decimal.js';

/** Decimals kept by the stock ledger (stock_moves.quantity is numeric(18, 4)). */
export const ledgerQuantityScale = 4;

/** A finite decimal written as a string, or null (exponents, NaN, Infinity and blanks are not quantities). */
export function parseQuantity(text: string): Decimal | null {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text.trim())) return null;
  return new Decimal(text.trim());
}

/** Quantities in a unit may have at most the unit's precision in decimals (0 for 个, 3 for 千克). */
export function fitsPrecision(quantity: Decimal, precision: number): boolean {
  return quantity.decimalPlaces() <= precision;
}

/**
 * A quantity in some unit converted to base units (× factor), rounded half-up to the ledger's
 * scale — e.g. 2 箱 × 24 = 48 个; 1 包 of 0.333333 千克 = 0.3333 千克.
 */
export function toBaseQuantity(quantity: Decimal, factor: string): Decimal {
  return quantity.times(factor).toDecimalPlaces(ledgerQuantityScale, Decimal.ROUND_HALF_UP);
}
