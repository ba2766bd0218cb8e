import type { InvoiceSummary } from './api.ts';
import { fenOf } from './money.ts';

export type InvoiceDisplayStatus = 'cancelled' | 'open' | 'partial' | 'settled';

/** What a finance user asks of a bill: cancelled, or how much of it is paid (核销). */
export function invoiceDisplayStatus(invoice: Pick<InvoiceSummary, 'status' | 'open' | 'settled'>): InvoiceDisplayStatus {
  if (invoice.status === 'cancelled') return 'cancelled';
  if (fenOf(invoice.open) === 0n) return 'settled';
  return fenOf(invoice.settled) === 0n ? 'open' : 'partial';
}

export const invoiceStatusColors: Record<InvoiceDisplayStatus, string> = { cancelled: 'default', open: 'orange', partial: 'gold', settled: 'green' };
