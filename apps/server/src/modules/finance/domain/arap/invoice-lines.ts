import Decimal from 'decimal.js';
import { computeTax, lineAmount } from '../tax.ts';

export interface InvoiceLineInput {
  description: string;
  accountId: string;
  quantity: string;
  price: string;
  taxRate: string;
  departmentId?: string | null;
}

export interface PricedLine extends InvoiceLineInput { net: string; tax: string; gross: string; departmentId: string | null }

export interface PricedInvoice { lines: PricedLine[]; net: string; tax: string; gross: string }

/**
 * Prices an invoice: each line's amount is quantity × price (2 decimals), split by its VAT rate,
 * tax-inclusive or not; the totals are the sums of the lines, so every line and the whole
 * invoice keep net + tax = gross.
 */
export function priceInvoice(lines: readonly InvoiceLineInput[], taxInclusive: boolean): PricedInvoice {
  let net = new Decimal(0);
  let tax = new Decimal(0);
  const priced = lines.map((line) => {
    const split = computeTax(lineAmount(line.quantity, line.price), line.taxRate, taxInclusive);
    net = net.plus(split.net);
    tax = tax.plus(split.tax);
    return { ...line, departmentId: line.departmentId ?? null, ...split };
  });
  return { lines: priced, net: net.toFixed(2), tax: tax.toFixed(2), gross: net.plus(tax).toFixed(2) };
}

/** VAT per rate (the VAT summary reads the rate from the tax lines). */
export function taxByRate(lines: readonly PricedLine[]): { rate: string; tax: string }[] {
  const sums = new Map<string, Decimal>();
  for (const line of lines) sums.set(line.taxRate, (sums.get(line.taxRate) ?? new Decimal(0)).plus(line.tax));
  return [...sums].filter(([, t]) => !t.isZero()).map(([rate, t]) => ({ rate, tax: t.toFixed(2) }));
}
