import type { BalanceDirection, DetailLedger } from '../api.ts';
export interface LedgerLine {
  key: string;
  kind: 'opening' | 'entry' | 'closing';
  date: string;
  voucherId: string | null;
  voucherNumber: string;
  /** The posting account (differs from the report's account when it has sub-accounts). */
  accountCode: string;
  summary: string;
  debit: string | null;
  credit: string | null;
  direction: BalanceDirection;
  balance: string;
}

/** Opening row, one row per voucher line, closing row with the range's debit/credit totals. */
export function ledgerLines(data: DetailLedger, labels: { opening: string; closing: string }): LedgerLine[] {
  const lines: LedgerLine[] = [{
    key: 'opening', kind: 'opening', date: '', voucherId: null, voucherNumber: '', accountCode: '', summary: labels.opening,
    debit: null, credit: null, direction: data.opening.direction, balance: data.opening.balance,
  }];
  data.rows.forEach((r, i) => lines.push({
    key: `${r.voucherId}-${i}`, kind: 'entry', date: r.voucherDate, voucherId: r.voucherId, voucherNumber: r.voucherNumber, accountCode: r.accountCode,
    summary: r.summary, debit: r.debit, credit: r.credit, direction: r.direction, balance: r.balance,
  }));
  lines.push({
    key: 'closing', kind: 'closing', date: '', voucherId: null, voucherNumber: '', accountCode: '', summary: labels.closing,
    // The server's range totals stay right when the rows are truncated.
    debit: data.totals.debit, credit: data.totals.credit,
    direction: data.closing.direction, balance: data.closing.balance,
  });
  return lines;
}

