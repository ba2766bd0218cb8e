import { z } from 'zod';
import { id, money, page, pageQuery } from '../common/index.ts';

// Contracts of receivables and payables (应收/应付): invoices entered in finance, open items,
// aging and statements of account.

/** 增值税 rates: 13% goods, 9% transport/construction, 6% services, 0 exempt. */
export const vatRate = z.enum(['0.13', '0.09', '0.06', '0']);
export const arapKind = z.enum(['receivable', 'payable']);
export type ArapKind = z.infer<typeof arapKind>;

const isoDate = z.iso.date();
const positiveQuantity = z.string().regex(/^\d{1,12}(\.\d{1,4})?$/, 'must be a quantity with at most 4 decimals, written as a string')
  .refine((v) => Number(v) > 0, 'must be greater than 0');
const price = z.string().regex(/^\d{1,14}(\.\d{1,6})?$/, 'must be a non-negative price with at most 6 decimals, written as a string');

export const invoiceLineInput = z.object({
  description: z.string().trim().min(1).max(200),
  /** Revenue account (receivable) or cost/expense/inventory account (payable): an enabled leaf. */
  accountId: id,
  quantity: positiveQuantity,
  price,
  taxRate: vatRate.default('0.13'),
  departmentId: id.nullable().optional(),
});

export const createInvoiceRequest = z.object({
  kind: arapKind,
  partnerId: id,
  documentDate: isoDate,
  /** Defaults to the document date plus the partner's payment terms. */
  dueDate: isoDate.nullable().optional(),
  taxInclusive: z.boolean().default(true),
  summary: z.string().trim().max(200).nullable().optional(),
  lines: z.array(invoiceLineInput).min(1).max(100),
});
export type CreateInvoiceRequest = z.input<typeof createInvoiceRequest>;

export const invoiceLine = z.object({
  description: z.string(), accountId: id, accountCode: z.string().nullable(), accountName: z.string().nullable(),
  quantity: z.string(), price: z.string(), taxRate: z.string(), net: money, tax: money, gross: money, departmentId: id.nullable(), departmentName: z.string().nullable(),
});

export const invoiceSummary = z.object({
  id, kind: arapKind, number: z.string(), partnerId: id, partnerName: z.string().nullable(),
  documentDate: isoDate, dueDate: isoDate, taxInclusive: z.boolean(),
  netAmount: money, taxAmount: money, grossAmount: money, settled: money, open: money,
  status: z.enum(['posted', 'cancelled']), voucherId: id.nullable(), summary: z.string().nullable(),
});
export type InvoiceSummary = z.infer<typeof invoiceSummary>;
export const invoice = invoiceSummary.extend({ lines: z.array(invoiceLine), openItemId: id.nullable(), voucherNumber: z.string().nullable() });
export type Invoice = z.infer<typeof invoice>;
export const invoicePage = page(invoiceSummary);
export const invoiceListQuery = pageQuery.extend({ kind: arapKind.optional(), partnerId: id.optional(), status: z.enum(['posted', 'cancelled']).optional() });
export type InvoiceListQuery = z.infer<typeof invoiceListQuery>;

/** 作废: the red-ink reversal is dated `date` (default today). */
export const cancelInvoiceRequest = z.object({ date: isoDate.optional() });

export const openItemStatus = z.enum(['open', 'partial', 'settled']);
export const openItem = z.object({
  id, kind: arapKind, partnerId: id, partnerName: z.string().nullable(),
  sourceType: z.string(), sourceId: z.string(), sourceNumber: z.string(),
  documentDate: isoDate, dueDate: isoDate, amount: money, settled: money, open: money,
  status: openItemStatus, ageDays: z.number().int(), summary: z.string().nullable(),
});
export type OpenItem = z.infer<typeof openItem>;
export const openItemPage = page(openItem);
export const openItemListQuery = pageQuery.extend({
  kind: arapKind.optional(), partnerId: id.optional(),
  /** `unsettled` = open or partial. */
  status: z.enum(['open', 'partial', 'settled', 'unsettled']).optional(),
});
export type OpenItemListQuery = z.infer<typeof openItemListQuery>;

export const agingQuery = z.object({ kind: arapKind, asOf: isoDate.optional() });
const agingBuckets = { total: money, d0_30: money, d31_60: money, d61_90: money, d90plus: money };
export const agingRow = z.object({ partnerId: id, partnerName: z.string().nullable(), ...agingBuckets });
export const agingReport = z.object({ kind: arapKind, asOf: isoDate, rows: z.array(agingRow), totals: z.object(agingBuckets) });
export type AgingReport = z.infer<typeof agingReport>;

export const statementQuery = z.object({ kind: arapKind, partnerId: id, from: isoDate, to: isoDate });
export const statementRow = z.object({
  date: isoDate, kind: z.enum(['invoice', 'payment']), number: z.string(), summary: z.string().nullable(),
  /** Receivable: invoices increase what the customer owes, receipts decrease it (payable alike). */
  increase: money, decrease: money, balance: money,
});
export const statement = z.object({
  kind: arapKind, partner: z.object({ id, code: z.string(), name: z.string() }), from: isoDate, to: isoDate,
  opening: money, rows: z.array(statementRow), closing: money,
});
export type Statement = z.infer<typeof statement>;
