import Decimal from 'decimal.js';
import { fmt } from '../reports/amounts.ts';

// Pure budget arithmetic: monthly cells of a year, variance, usage and the over-budget test.

export type BudgetMode = 'off' | 'warn' | 'block' | 'approval';

/** The 12 periods (YYYY01..YYYY12) of a year. */
export const periodsOfYear = (year: number): number[] => Array.from({ length: 12 }, (_, i) => year * 100 + i + 1);

/** YYYYMM of an ISO date. */
export const periodOfDate = (date: string): number => Number(date.slice(0, 4)) * 100 + Number(date.slice(5, 7));

export function variance(budget: Decimal, actual: Decimal): { variance: string; usedRatio: string | null } {
  return {
    variance: fmt(budget.minus(actual)),
    usedRatio: budget.isZero() ? null : actual.dividedBy(budget).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4),
  };
}

/** Over budget when what is used plus what is requested exceeds the budget. */
export function isOver(budget: Decimal, actual: Decimal, requested: Decimal): boolean {
  return actual.plus(requested).greaterThan(budget);
}
