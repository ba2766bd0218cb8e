import { z } from 'zod';
import { id } from '../common/index.ts';

// Supplier bills (供应商发票) matched three ways — order × receipt × bill — and supplier performance.

const isoDate = z.iso.date();
const billPrice = z.string().trim().regex(/^\d{1,12}(\.\d{1,6})?$/, 'must be a non-negative decimal with at most 6 places, written as a string');
const billQuantity = z.string().trim().regex(/^-?\d{1,14}(\.\d{1,4})?$/, 'must be a decimal with at most 4 places, written as a string');
const billTaxRate = z.string().trim().regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be a percentage below 100 with at most 2 decimals');

export const supplierBillStatus = z.enum(['posted', 'partlyPaid', 'paid', 'cancelled']);
export type SupplierBillStatus = z.infer<typeof supplierBillStatus>;

/** What a supplier's receipts still hold unbilled: received − returned − billed, per receipt line. */
export const billableLine = z.object({
  receiptLineId: id, receiptId: id, receiptNumber: z.string(), receiptDate: z.string(),
  orderId: id, orderNumber: z.string(), orderLineId: id,
  itemId: id, itemCode: z.string(), itemName: z.string(), itemSpec: z.string().nullable(), unitId: id, unitName: z.string(),
  receivedQty: z.string(), returnedQty: z.string(), billedQty: z.string(), billableQty: z.string(),
  /** Tax-inclusive order price per line unit: what the bill's price is matched against. */
  orderPrice: z.string(), taxRate: z.string(),
  /** Net cost per line unit the receipt carried into 暂估. */
  unitCost: z.string(),
});
export type BillableLine = z.infer<typeof billableLine>;
export const billableQuery = z.object({ supplierId: id });
export const billableList = z.object({ items: z.array(billableLine) });

export const supplierBillLineInput = z.object({
  receiptLineId: id,
  quantity: billQuantity,
  /** Tax-inclusive unit price on the invoice, per line unit. */
  price: billPrice,
  /** Defaults to the order line's rate. */
  taxRate: billTaxRate.optional(),
});
export const createSupplierBillRequest = z.object({
  supplierId: id,
  /** 发票号码 of the supplier's VAT invoice. */
  invoiceNo: z.string().trim().max(40).nullable().optional(),
  billDate: isoDate,
  /** Defaults to the bill date plus the supplier's payment terms (账期). */
  dueDate: isoDate.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
  lines: z.array(supplierBillLineInput).min(1).max(200),
});
export type CreateSupplierBillRequest = z.input<typeof createSupplierBillRequest>;

export const billMatchProblem = z.enum(['receiptLineNotFound', 'otherSupplier', 'quantityNotPositive', 'overBilled', 'priceOutOfTolerance', 'duplicateLine']);
export type BillMatchProblem = z.infer<typeof billMatchProblem>;

/** The three-way match of one bill line. */
export const billMatchLine = z.object({
  line: z.number().int(), receiptLineId: id, receiptNumber: z.string().nullable(), orderNumber: z.string().nullable(), orderLineId: id.nullable(),
  itemId: id.nullable(), itemName: z.string().nullable(),
  quantity: z.string(), billableQty: z.string().nullable(),
  price: z.string(), orderPrice: z.string().nullable(), priceDiffPct: z.string().nullable(),
  taxRate: z.string(), net: z.string(), tax: z.string(), gross: z.string(),
  /** Net value of the billed quantity at receipt cost: the 暂估 it clears. */
  receivedNet: z.string(),
  /** net − receivedNet: the price variance posted to 6401. */
  variance: z.string(),
  ok: z.boolean(),
  problems: z.array(billMatchProblem),
});
export type BillMatchLine = z.infer<typeof billMatchLine>;
export const billMatchResult = z.object({
  ok: z.boolean(),
  lines: z.array(billMatchLine),
  totals: z.object({
    net: z.string(), tax: z.string(), gross: z.string(),
    /** Σ quantity × order price: what the order says these goods cost. */
    orderGross: z.string(),
    /** gross − orderGross, checked against the amount tolerance. */
    difference: z.string(),
    receivedNet: z.string(), variance: z.string(),
    withinAmountTolerance: z.boolean(),
  }),
  tolerances: z.object({ priceTolerancePct: z.string(), amountTolerance: z.string() }),
});
export type BillMatchResult = z.infer<typeof billMatchResult>;

export const supplierBillLine = z.object({
  id, receiptLineId: id, receiptId: id, receiptNumber: z.string(), orderLineId: id, orderId: id, orderNumber: z.string(),
  itemId: id, itemCode: z.string(), itemName: z.string(), unitName: z.string(),
  quantity: z.string(), price: z.string(), taxRate: z.string(), net: z.string(), tax: z.string(), gross: z.string(), receivedNet: z.string(),
});
export const supplierBillSummary = z.object({
  id, number: z.string(), supplierId: id, supplierName: z.string(), invoiceNo: z.string().nullable(),
  billDate: z.string(), dueDate: z.string().nullable(), status: supplierBillStatus,
  netAmount: z.string(), taxAmount: z.string(), grossAmount: z.string(), paidAmount: z.string(),
  paymentId: id.nullable(), createdAt: z.string(),
});
export type SupplierBillSummary = z.infer<typeof supplierBillSummary>;
export const supplierBill = supplierBillSummary.extend({
  openItemId: id.nullable(), voucherId: id.nullable(), voucherNumber: z.string().nullable(), paymentNumber: z.string().nullable(),
  createdBy: id.nullable(), createdByName: z.string().nullable(), note: z.string().nullable(),
  lines: z.array(supplierBillLine),
  match: z.array(z.record(z.string(), z.unknown())),
});
export type SupplierBill = z.infer<typeof supplierBill>;
export const supplierBillList = z.object({ items: z.array(supplierBillSummary) });
export const supplierBillListQuery = z.object({
  supplierId: id.optional(),
  status: supplierBillStatus.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Bill number or invoice number. */
  keyword: z.string().trim().max(100).optional(),
});
export type SupplierBillListQuery = z.infer<typeof supplierBillListQuery>;

// ─── Supplier performance (供应商绩效) ───
export const supplierPerformanceQuery = z.object({ from: isoDate, to: isoDate });
export type SupplierPerformanceQuery = z.infer<typeof supplierPerformanceQuery>;
export const supplierPerformanceRow = z.object({
  supplierId: id, supplierName: z.string(),
  orders: z.number().int(),
  orderedAmount: z.string(),
  receiptLines: z.number().int(),
  onTimeLines: z.number().int(),
  /** Percent of receipt lines received by the line's (or order's) expected date; null without receipts. */
  onTimeRate: z.string().nullable(),
  /** Average days from order date to receipt. */
  averageLeadDays: z.string().nullable(),
  billedAmount: z.string(),
  /** Σ (bill price − order price) × billed qty, tax-inclusive, and as a percent of the order value. */
  priceVarianceVsOrder: z.string(),
  priceVarianceVsOrderPct: z.string().nullable(),
  /** Average percent the order prices sat above (+) or below (−) the price list in force on the order date. */
  priceVarianceVsListPct: z.string().nullable(),
  receivedQty: z.string(),
  returnedQty: z.string(),
  /** Percent of received quantity returned. */
  returnRate: z.string().nullable(),
});
export type SupplierPerformanceRow = z.infer<typeof supplierPerformanceRow>;
export const supplierPerformanceReport = z.object({ from: z.string(), to: z.string(), rows: z.array(supplierPerformanceRow) });
export type SupplierPerformanceReport = z.infer<typeof supplierPerformanceReport>;
