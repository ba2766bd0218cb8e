import Decimal from 'decimal.js';
import { addDays } from '../arap/dates.ts';

export interface DueAmount { dueDate: string; open: string }
export interface ForecastWeek { weekStart: string; weekEnd: string; receipts: string; payments: string; net: string; closingCash: string }

/**
 * 13-week cash forecast: week i covers asOf + 7i … asOf + 7i + 6. Open receivables come in and open
 * payables go out in the week they fall due; what is already overdue is assumed to move in week 1
 * (and is reported separately). Items due after the horizon are left out.
 */
export function forecastWeeks(input: { asOf: string; weeks: number; openingCash: string; receivables: readonly DueAmount[]; payables: readonly DueAmount[] }) {
  const receipts = Array.from({ length: input.weeks }, () => new Decimal(0));
  const payments = Array.from({ length: input.weeks }, () => new Decimal(0));
  let overdueReceivable = new Decimal(0);
  let overduePayable = new Decimal(0);
  const place = (items: readonly DueAmount[], into: Decimal[]): Decimal => {
    let overdue = new Decimal(0);
    for (const item of items) {
      if (item.dueDate < input.asOf) {
        overdue = overdue.plus(item.open);
        into[0] = (into[0] as Decimal).plus(item.open);
        continue;
      }
      const days = Math.round((Date.parse(`${item.dueDate}T00:00:00Z`) - Date.parse(`${input.asOf}T00:00:00Z`)) / 86_400_000);
      const week = Math.floor(days / 7);
      if (week < input.weeks) into[week] = (into[week] as Decimal).plus(item.open);
    }
    return overdue;
  };
  if (input.weeks > 0) {
    overdueReceivable = place(input.receivables, receipts);
    overduePayable = place(input.payables, payments);
  }
  let cash = new Decimal(input.openingCash);
  const weeks: ForecastWeek[] = receipts.map((inflow, i) => {
    const outflow = payments[i] as Decimal;
    cash = cash.plus(inflow).minus(outflow);
    return {
      weekStart: addDays(input.asOf, 7 * i), weekEnd: addDays(input.asOf, 7 * i + 6),
      receipts: inflow.toFixed(2), payments: outflow.toFixed(2), net: inflow.minus(outflow).toFixed(2), closingCash: cash.toFixed(2),
    };
  });
  return { weeks, overdueReceivable: overdueReceivable.toFixed(2), overduePayable: overduePayable.toFixed(2) };
}
