import { z } from 'zod';
import { decimalString, id, money, page, pageQuery } from '../common/index.ts';
import { purchaseQuantity, purchaseTaxRate, purchaseUnitPrice } from './requests.schemas.ts';

// Purchase orders, receipts, returns and procurement settings (tolerances).

const isoDate = z.iso.date();

export const purchaseOrderStatuses = [
  'draft', 'pendingApproval', 'rejected', 'confirmed', 'partlyReceived', 'received', 'closed', 'cancelled',
] as const;
export const purchaseOrderStatus = z.enum(purchaseOrderStatuses);
export type PurchaseOrderStatus = z.infer<typeof purchaseOrderStatus>;

export const purchaseOrderLineInput = z.object({
  itemId: id,
  unitId: id.nullable().optional(),
  quantity: purchaseQuantity,
  /** Tax-inclusive unit price per line unit (含税单价). */
  price: purchaseUnitPrice,
  /** Percent; default the item's rate. */
  taxRate: purchaseTaxRate.nullable().optional(),
  expectedDate: isoDate.nullable().optional(),
  requestLineId: id.nullable().optional(),
});
export type PurchaseOrderLineInput = z.infer<typeof purchaseOrderLineInput>;

export const createPurchaseOrderBody = z.object({
  supplierId: id,
  warehouseId: id,
  orderDate: isoDate.optional(),
  expectedDate: isoDate.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
  lines: z.array(purchaseOrderLineInput).min(1).max(200),
});
export type CreatePurchaseOrderBody = z.infer<typeof createPurchaseOrderBody>;
export const updatePurchaseOrderBody = createPurchaseOrderBody;
export type UpdatePurchaseOrderBody = CreatePurchaseOrderBody;

export const purchaseOrderListQuery = pageQuery.extend({
  status: purchaseOrderStatus.optional(),
  supplierId: id.optional(),
  requestId: id.optional(),
  keyword: z.string().trim().max(100).optional(),
});
export type PurchaseOrderListQuery = z.infer<typeof purchaseOrderListQuery>;

export const purchaseOrderSummary = z.object({
  id, number: z.string(), status: purchaseOrderStatus, supplierId: id, supplierName: z.string().nullable(),
  orderDate: isoDate, expectedDate: isoDate.nullable(), warehouseId: id, warehouseName: z.string().nullable(),
  buyerId: id.nullable(), buyerName: z.string().nullable(), requestId: id.nullable(), rfqId: id.nullable(),
  netAmount: money, taxAmount: money, grossAmount: money, createdAt: z.string(),
});
export type PurchaseOrderSummary = z.infer<typeof purchaseOrderSummary>;

export const purchaseOrderLine = z.object({
  id, lineNo: z.number().int(), itemId: id, itemCode: z.string().nullable(), itemName: z.string().nullable(), spec: z.string().nullable(),
  unitId: id, unitName: z.string().nullable(), unitFactor: decimalString, quantity: decimalString, price: decimalString, taxRate: decimalString,
  net: money, tax: money, gross: money, receivedQty: decimalString, returnedQty: decimalString, billedQty: decimalString,
  requestLineId: id.nullable(), expectedDate: isoDate.nullable(),
});
export type PurchaseOrderLine = z.infer<typeof purchaseOrderLine>;

export const procurementDocumentRef = z.object({ id, number: z.string(), date: isoDate, status: z.string(), netAmount: money });

export const purchaseOrder = purchaseOrderSummary.extend({
  note: z.string().nullable(), confirmedAt: z.string().nullable(), requestNumber: z.string().nullable(),
  lines: z.array(purchaseOrderLine),
  receipts: z.array(procurementDocumentRef),
  approval: z.object({ instanceId: id, status: z.string() }).nullable(),
});
export type PurchaseOrder = z.infer<typeof purchaseOrder>;
export const purchaseOrderPage = page(purchaseOrderSummary);

/** What can still be received on each line of an order (line unit), for the receipt form. */
export const receivableOrder = z.object({
  orderId: id, number: z.string(), status: purchaseOrderStatus, supplierId: id, supplierName: z.string().nullable(), warehouseId: id,
  tolerancePct: decimalString,
  lines: z.array(z.object({
    orderLineId: id, lineNo: z.number().int(), itemId: id, itemCode: z.string().nullable(), itemName: z.string().nullable(),
    unitId: id, unitName: z.string().nullable(), ordered: decimalString, received: decimalString, returned: decimalString,
    /** Ordered − received + returned goods that are to be replaced are not counted: remaining = ordered − (received − returned). */
    remaining: decimalString, maxReceivable: decimalString,
  })),
});
export type ReceivableOrder = z.infer<typeof receivableOrder>;

// — Receipts (采购入库) —

export const createPurchaseReceiptBody = z.object({
  orderId: id,
  receiptDate: isoDate.optional(),
  note: z.string().trim().max(500).nullable().optional(),
  lines: z.array(z.object({ orderLineId: id, quantity: purchaseQuantity, locationId: id.nullable().optional() })).min(1).max(200),
});
export type CreatePurchaseReceiptBody = z.infer<typeof createPurchaseReceiptBody>;

export const purchaseReceiptListQuery = pageQuery.extend({
  orderId: id.optional(), supplierId: id.optional(), from: isoDate.optional(), to: isoDate.optional(),
});
export type PurchaseReceiptListQuery = z.infer<typeof purchaseReceiptListQuery>;

export const purchaseReceiptSummary = z.object({
  id, number: z.string(), status: z.string(), orderId: id, orderNumber: z.string().nullable(), supplierId: id, supplierName: z.string().nullable(),
  warehouseId: id, warehouseName: z.string().nullable(), receiptDate: isoDate, netAmount: money,
  voucherId: id.nullable(), receivedBy: id.nullable(), receivedByName: z.string().nullable(), createdAt: z.string(),
});
export type PurchaseReceiptSummary = z.infer<typeof purchaseReceiptSummary>;

export const purchaseReceiptLine = z.object({
  id, orderLineId: id, itemId: id, itemCode: z.string().nullable(), itemName: z.string().nullable(), spec: z.string().nullable(),
  unitId: id, unitName: z.string().nullable(), locationId: id.nullable(), quantity: decimalString, baseQuantity: decimalString,
  unitCost: decimalString, net: money, taxRate: decimalString, returnedQty: decimalString, billedQty: decimalString,
});
export const purchaseReceipt = purchaseReceiptSummary.extend({
  note: z.string().nullable(), voucherNumber: z.string().nullable(), lines: z.array(purchaseReceiptLine),
  returns: z.array(procurementDocumentRef),
});
export type PurchaseReceipt = z.infer<typeof purchaseReceipt>;
export const purchaseReceiptPage = page(purchaseReceiptSummary);

// — Returns to supplier (采购退货) —

export const createPurchaseReturnBody = z.object({
  receiptId: id,
  returnDate: isoDate.optional(),
  reason: z.string().trim().min(1).max(500),
  lines: z.array(z.object({ receiptLineId: id, quantity: purchaseQuantity })).min(1).max(200),
});
export type CreatePurchaseReturnBody = z.infer<typeof createPurchaseReturnBody>;

export const purchaseReturnListQuery = pageQuery.extend({ receiptId: id.optional(), supplierId: id.optional() });
export type PurchaseReturnListQuery = z.infer<typeof purchaseReturnListQuery>;

export const purchaseReturnSummary = z.object({
  id, number: z.string(), status: z.string(), receiptId: id, receiptNumber: z.string().nullable(), orderId: id,
  supplierId: id, supplierName: z.string().nullable(), warehouseId: id, returnDate: isoDate, reason: z.string(),
  netAmount: money, voucherId: id.nullable(), createdAt: z.string(),
});
export type PurchaseReturnSummary = z.infer<typeof purchaseReturnSummary>;
export const purchaseReturn = purchaseReturnSummary.extend({
  voucherNumber: z.string().nullable(),
  lines: z.array(z.object({
    id, receiptLineId: id, orderLineId: id, itemId: id, itemCode: z.string().nullable(), itemName: z.string().nullable(),
    unitId: id, unitName: z.string().nullable(), quantity: decimalString, baseQuantity: decimalString, unitCost: decimalString, net: money,
  })),
});
export type PurchaseReturn = z.infer<typeof purchaseReturn>;
export const purchaseReturnPage = page(purchaseReturnSummary);

// — Settings (采购容差) —

const percent = z.string().regex(/^\d{1,3}(\.\d{1,2})?$/, 'must be a percent with at most 2 decimals').refine((v) => Number(v) <= 100, 'must be at most 100');
export const procurementSettings = z.object({
  receiptTolerancePct: percent,
  priceTolerancePct: percent,
  amountTolerance: money.refine((v) => Number(v) >= 0, 'must not be negative'),
});
export type ProcurementSettings = z.infer<typeof procurementSettings>;
export const updateProcurementSettingsBody = procurementSettings.partial();
export type UpdateProcurementSettingsBody = z.infer<typeof updateProcurementSettingsBody>;
