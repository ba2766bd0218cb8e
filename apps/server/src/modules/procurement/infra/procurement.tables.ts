import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from '../../../platform/db/columns.ts';

// Procurement (采购): requests, sourcing (price lists, RFQs and quotes), purchase orders, receipts,
// returns and supplier bills. Quantities on lines are in the line's unit; `baseQuantity` is the
// same in the item's base unit (what stock moves use). Prices are tax-inclusive per line unit.

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const qty = (name: string) => numeric(name, { precision: 18, scale: 4 });
const price = (name: string) => numeric(name, { precision: 18, scale: 6 });
const amount = (name: string) => numeric(name, { precision: 18, scale: 2 });
const rate = (name: string) => numeric(name, { precision: 5, scale: 2 });

/** Tolerances of one company (a row per tenant, defaults when absent). */
export const procurementSettings = pgTable('procurement_settings', {
  tenantId: tenantId().primaryKey(),
  /** A receipt may exceed the ordered quantity by this percent (超收容差). */
  receiptTolerancePct: rate('receipt_tolerance_pct').notNull().default('0'),
  /** A bill's unit price may differ from the order's by this percent (三单匹配价格容差). */
  priceTolerancePct: rate('price_tolerance_pct').notNull().default('1'),
  /** …and its total from order × received by this many yuan (尾差). */
  amountTolerance: amount('amount_tolerance').notNull().default('1'),
  updatedAt: updatedAt(),
});

export const purchaseRequestStatuses = [
  'draft', 'pendingApproval', 'rejected', 'approved', 'ordered', 'partlyReceived', 'received', 'billed', 'paid', 'cancelled',
] as const;

/** 采购申请: an employee's request, approved in OA, turned into purchase orders. */
export const purchaseRequests = pgTable('purchase_requests', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  requesterId: uuid('requester_id').notNull(),
  departmentId: uuid('department_id'),
  status: text('status', { enum: purchaseRequestStatuses }).notNull().default('draft'),
  purpose: text('purpose').notNull(),
  neededBy: date('needed_by', { mode: 'string' }),
  /** Where the goods should be received. */
  warehouseId: uuid('warehouse_id'),
  estimatedAmount: amount('estimated_amount').notNull().default('0'),
  approvalInstanceId: uuid('approval_instance_id'),
  approvedAt: at('approved_at'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('purchase_requests_number').on(t.tenantId, t.number),
  index('purchase_requests_requester').on(t.tenantId, t.requesterId, t.createdAt),
  index('purchase_requests_status').on(t.tenantId, t.status),
]);

export const purchaseRequestLines = pgTable('purchase_request_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  requestId: uuid('request_id').notNull().references(() => purchaseRequests.id, { onDelete: 'cascade' }),
  lineNo: integer('line_no').notNull(),
  itemId: uuid('item_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  quantity: qty('quantity').notNull(),
  baseQuantity: qty('base_quantity').notNull(),
  estimatedPrice: price('estimated_price'),
  amount: amount('amount').notNull().default('0'),
  /** Chosen supplier; when empty the item's default supplier or the best price list wins. */
  supplierId: uuid('supplier_id'),
  /** Quantity (line unit) already put on purchase orders. */
  orderedQty: qty('ordered_qty').notNull().default('0'),
  note: text('note'),
}, (t) => [
  index('purchase_request_lines_request').on(t.requestId),
  check('purchase_request_lines_qty', sql`${t.quantity} > 0 and ${t.orderedQty} >= 0`),
]);

/** 供应商价目表: a supplier's price for an item, from a minimum quantity, within dates. */
export const supplierPrices = pgTable('supplier_prices', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  supplierId: uuid('supplier_id').notNull(),
  itemId: uuid('item_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  price: price('price').notNull(),
  taxRate: rate('tax_rate').notNull().default('13'),
  minQty: qty('min_qty').notNull().default('0'),
  leadTimeDays: integer('lead_time_days').notNull().default(0),
  validFrom: date('valid_from', { mode: 'string' }),
  validTo: date('valid_to', { mode: 'string' }),
  /** The RFQ quote it came from, when awarded. */
  sourceRfqId: uuid('source_rfq_id'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('supplier_prices_item').on(t.tenantId, t.itemId, t.supplierId),
  check('supplier_prices_valid', sql`${t.price} >= 0 and ${t.minQty} >= 0 and ${t.leadTimeDays} >= 0 and (${t.validTo} is null or ${t.validFrom} is null or ${t.validTo} >= ${t.validFrom})`),
]);

export const rfqStatuses = ['draft', 'sent', 'awarded', 'cancelled'] as const;

/** 询价单: one request for quotation sent to several suppliers; quotes are compared side by side. */
export const rfqs = pgTable('rfqs', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  title: text('title').notNull(),
  status: text('status', { enum: rfqStatuses }).notNull().default('draft'),
  deadline: date('deadline', { mode: 'string' }),
  /** The purchase request being sourced, if any. */
  requestId: uuid('request_id'),
  supplierIds: jsonb('supplier_ids').$type<string[]>().notNull().default([]),
  warehouseId: uuid('warehouse_id'),
  createdBy: uuid('created_by'),
  awardedAt: at('awarded_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [unique('rfqs_number').on(t.tenantId, t.number)]);

export const rfqLines = pgTable('rfq_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  rfqId: uuid('rfq_id').notNull().references(() => rfqs.id, { onDelete: 'cascade' }),
  lineNo: integer('line_no').notNull(),
  itemId: uuid('item_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  quantity: qty('quantity').notNull(),
  requestLineId: uuid('request_line_id'),
}, (t) => [index('rfq_lines_rfq').on(t.rfqId), check('rfq_lines_qty', sql`${t.quantity} > 0`)]);

/** 报价: one supplier's answer for one RFQ line; the chosen ones become order lines. */
export const rfqQuotes = pgTable('rfq_quotes', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  rfqId: uuid('rfq_id').notNull().references(() => rfqs.id, { onDelete: 'cascade' }),
  rfqLineId: uuid('rfq_line_id').notNull().references(() => rfqLines.id, { onDelete: 'cascade' }),
  supplierId: uuid('supplier_id').notNull(),
  price: price('price').notNull(),
  taxRate: rate('tax_rate').notNull().default('13'),
  leadTimeDays: integer('lead_time_days').notNull().default(0),
  note: text('note'),
  chosen: boolean('chosen').notNull().default(false),
  createdAt: createdAt(),
}, (t) => [
  unique('rfq_quotes_line_supplier').on(t.rfqLineId, t.supplierId),
  check('rfq_quotes_price', sql`${t.price} >= 0`),
]);

export const purchaseOrderStatuses = [
  'draft', 'pendingApproval', 'rejected', 'confirmed', 'partlyReceived', 'received', 'closed', 'cancelled',
] as const;

/** 采购订单: approved by amount tier (or confirmed by its approved request), then received in parts. */
export const purchaseOrders = pgTable('purchase_orders', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  supplierId: uuid('supplier_id').notNull(),
  status: text('status', { enum: purchaseOrderStatuses }).notNull().default('draft'),
  orderDate: date('order_date', { mode: 'string' }).notNull(),
  expectedDate: date('expected_date', { mode: 'string' }),
  warehouseId: uuid('warehouse_id').notNull(),
  buyerId: uuid('buyer_id'),
  requestId: uuid('request_id'),
  rfqId: uuid('rfq_id'),
  netAmount: amount('net_amount').notNull().default('0'),
  taxAmount: amount('tax_amount').notNull().default('0'),
  grossAmount: amount('gross_amount').notNull().default('0'),
  approvalInstanceId: uuid('approval_instance_id'),
  confirmedAt: at('confirmed_at'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('purchase_orders_number').on(t.tenantId, t.number),
  index('purchase_orders_supplier').on(t.tenantId, t.supplierId, t.orderDate),
  index('purchase_orders_request').on(t.tenantId, t.requestId),
  index('purchase_orders_status').on(t.tenantId, t.status),
]);

export const purchaseOrderLines = pgTable('purchase_order_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  orderId: uuid('order_id').notNull().references(() => purchaseOrders.id, { onDelete: 'cascade' }),
  lineNo: integer('line_no').notNull(),
  itemId: uuid('item_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  /** Base units per line unit at the time of ordering. */
  unitFactor: numeric('unit_factor', { precision: 18, scale: 6 }).notNull().default('1'),
  quantity: qty('quantity').notNull(),
  /** Tax-inclusive unit price (含税单价) per line unit. */
  price: price('price').notNull(),
  taxRate: rate('tax_rate').notNull(),
  net: amount('net').notNull(),
  tax: amount('tax').notNull(),
  gross: amount('gross').notNull(),
  receivedQty: qty('received_qty').notNull().default('0'),
  returnedQty: qty('returned_qty').notNull().default('0'),
  billedQty: qty('billed_qty').notNull().default('0'),
  requestLineId: uuid('request_line_id'),
  expectedDate: date('expected_date', { mode: 'string' }),
}, (t) => [
  index('purchase_order_lines_order').on(t.orderId),
  index('purchase_order_lines_request_line').on(t.tenantId, t.requestLineId),
  check('purchase_order_lines_qty', sql`${t.quantity} > 0 and ${t.price} >= 0 and ${t.receivedQty} >= 0 and ${t.returnedQty} >= 0 and ${t.billedQty} >= 0 and ${t.returnedQty} <= ${t.receivedQty}`),
]);

/** 采购入库单: goods received against one order, into one warehouse; posting moves stock and posts the voucher. */
export const purchaseReceipts = pgTable('purchase_receipts', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  orderId: uuid('order_id').notNull().references(() => purchaseOrders.id),
  supplierId: uuid('supplier_id').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  receiptDate: date('receipt_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['posted', 'cancelled'] }).notNull().default('posted'),
  netAmount: amount('net_amount').notNull().default('0'),
  voucherId: uuid('voucher_id'),
  receivedBy: uuid('received_by'),
  note: text('note'),
  createdAt: createdAt(),
}, (t) => [
  unique('purchase_receipts_number').on(t.tenantId, t.number),
  index('purchase_receipts_order').on(t.tenantId, t.orderId),
  index('purchase_receipts_supplier').on(t.tenantId, t.supplierId, t.receiptDate),
]);

export const purchaseReceiptLines = pgTable('purchase_receipt_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  receiptId: uuid('receipt_id').notNull().references(() => purchaseReceipts.id, { onDelete: 'cascade' }),
  orderLineId: uuid('order_line_id').notNull().references(() => purchaseOrderLines.id),
  itemId: uuid('item_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  locationId: uuid('location_id'),
  quantity: qty('quantity').notNull(),
  baseQuantity: qty('base_quantity').notNull(),
  /** Net (tax-exclusive) cost per line unit: what enters the stock valuation. */
  unitCost: price('unit_cost').notNull(),
  net: amount('net').notNull(),
  taxRate: rate('tax_rate').notNull(),
  returnedQty: qty('returned_qty').notNull().default('0'),
  billedQty: qty('billed_qty').notNull().default('0'),
}, (t) => [
  index('purchase_receipt_lines_receipt').on(t.receiptId),
  check('purchase_receipt_lines_qty', sql`${t.quantity} > 0 and ${t.returnedQty} >= 0 and ${t.returnedQty} <= ${t.quantity} and ${t.billedQty} >= 0`),
]);

/** 采购退货单: goods sent back to the supplier from a receipt; reverses stock and the received value. */
export const purchaseReturns = pgTable('purchase_returns', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  receiptId: uuid('receipt_id').notNull().references(() => purchaseReceipts.id),
  orderId: uuid('order_id').notNull(),
  supplierId: uuid('supplier_id').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  returnDate: date('return_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['posted', 'cancelled'] }).notNull().default('posted'),
  reason: text('reason').notNull(),
  netAmount: amount('net_amount').notNull().default('0'),
  voucherId: uuid('voucher_id'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [unique('purchase_returns_number').on(t.tenantId, t.number), index('purchase_returns_receipt').on(t.tenantId, t.receiptId)]);

export const purchaseReturnLines = pgTable('purchase_return_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  returnId: uuid('return_id').notNull().references(() => purchaseReturns.id, { onDelete: 'cascade' }),
  receiptLineId: uuid('receipt_line_id').notNull().references(() => purchaseReceiptLines.id),
  orderLineId: uuid('order_line_id').notNull(),
  itemId: uuid('item_id').notNull(),
  unitId: uuid('unit_id').notNull(),
  quantity: qty('quantity').notNull(),
  baseQuantity: qty('base_quantity').notNull(),
  unitCost: price('unit_cost').notNull(),
  net: amount('net').notNull(),
}, (t) => [index('purchase_return_lines_return').on(t.returnId), check('purchase_return_lines_qty', sql`${t.quantity} > 0`)]);

export const supplierBillStatuses = ['posted', 'partlyPaid', 'paid', 'cancelled'] as const;

/**
 * 供应商发票 (采购发票): matched three ways against order and receipts before it is accepted;
 * it clears 暂估 and becomes a payable with its payment request.
 */
export const supplierBills = pgTable('supplier_bills', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  supplierId: uuid('supplier_id').notNull(),
  /** 发票号码 printed on the supplier's VAT invoice. */
  invoiceNo: text('invoice_no'),
  billDate: date('bill_date', { mode: 'string' }).notNull(),
  dueDate: date('due_date', { mode: 'string' }),
  status: text('status', { enum: supplierBillStatuses }).notNull().default('posted'),
  netAmount: amount('net_amount').notNull(),
  taxAmount: amount('tax_amount').notNull(),
  grossAmount: amount('gross_amount').notNull(),
  paidAmount: amount('paid_amount').notNull().default('0'),
  /** Per-line outcome of the three-way match, kept for the audit trail. */
  match: jsonb('match').$type<Record<string, unknown>[]>().notNull().default([]),
  openItemId: uuid('open_item_id'),
  voucherId: uuid('voucher_id'),
  paymentId: uuid('payment_id'),
  createdBy: uuid('created_by'),
  note: text('note'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  unique('supplier_bills_number').on(t.tenantId, t.number),
  index('supplier_bills_supplier').on(t.tenantId, t.supplierId, t.billDate),
  check('supplier_bills_amounts', sql`${t.grossAmount} = ${t.netAmount} + ${t.taxAmount} and ${t.paidAmount} >= 0 and ${t.paidAmount} <= ${t.grossAmount}`),
]);

export const supplierBillLines = pgTable('supplier_bill_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  billId: uuid('bill_id').notNull().references(() => supplierBills.id, { onDelete: 'cascade' }),
  receiptLineId: uuid('receipt_line_id').notNull().references(() => purchaseReceiptLines.id),
  orderLineId: uuid('order_line_id').notNull(),
  itemId: uuid('item_id').notNull(),
  quantity: qty('quantity').notNull(),
  /** Tax-inclusive unit price on the bill, per line unit. */
  price: price('price').notNull(),
  taxRate: rate('tax_rate').notNull(),
  net: amount('net').notNull(),
  tax: amount('tax').notNull(),
  gross: amount('gross').notNull(),
  /** Net value of the matched receipt quantity at receipt cost (what 暂估 carried). */
  receivedNet: amount('received_net').notNull(),
}, (t) => [index('supplier_bill_lines_bill').on(t.billId), check('supplier_bill_lines_qty', sql`${t.quantity} > 0 and ${t.price} >= 0`)]);
