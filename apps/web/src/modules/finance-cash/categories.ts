import type { Direction } from './api.ts';

/** Cash-flow statement lines (现金流量项目) a receipt or payment is classified under, by direction. */
export const inflowCategories = ['salesReceipts', 'taxRefunds', 'otherOperatingIn', 'investingIn', 'financingIn'] as const;
export const outflowCategories = ['purchasePayments', 'salaryPayments', 'taxPayments', 'otherOperatingOut', 'investingOut', 'financingOut'] as const;

export function categoriesFor(direction: Direction): readonly string[] {
  return direction === 'in' ? inflowCategories : outflowCategories;
}

/** The usual category of a partner payment: paying suppliers, or collecting from customers. */
export function defaultCategory(direction: Direction): string {
  return direction === 'in' ? 'salesReceipts' : 'purchasePayments';
}

export const vatRates = ['0.13', '0.09', '0.06', '0'] as const;

export function rateLabel(rate: string): string {
  const n = Number(rate);
  return Number.isFinite(n) ? `${Math.round(n * 100)}%` : rate;
}
