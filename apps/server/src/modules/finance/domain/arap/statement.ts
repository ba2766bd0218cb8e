import Decimal from 'decimal.js';

export interface StatementEntry { date: string; kind: 'invoice' | 'payment'; number: string; summary: string | null; increase: string; decrease: string }
export interface StatementLine extends StatementEntry { balance: string }

/**
 * 对账单: entries in date order (invoices before payments on the same day, then by number) with a
 * running balance from the opening balance.
 */
export function runStatement(opening: string, entries: readonly StatementEntry[]): { rows: StatementLine[]; closing: string } {
  const sorted = [...entries].sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? a.number.localeCompare(b.number) : a.kind === 'invoice' ? -1 : 1));
  let balance = new Decimal(opening);
  const rows = sorted.map((e) => {
    balance = balance.plus(e.increase).minus(e.decrease);
    return { ...e, balance: balance.toFixed(2) };
  });
  return { rows, closing: balance.toFixed(2) };
}
