import { z } from 'zod';
import { decimalString, id, money, page, pageQuery } from '../common/index.ts';

// Purchase requests (采购申请): an employee's request for items, approved in OA, turned into orders.

const isoDate = z.iso.date();

/** A quantity written as a string: up to 4 decimals, greater than zero. */
export const purchaseQuantity = z.string().trim().regex(/^\d{1,14}(\.\d{1,4})?$/, 'must be a positive quantity with at most 4 decimals')
  .refine((v) => Number(v) > 0, 'must be greater than 0');
/** A tax-inclusive unit price (含税单价), up to 6 decimals, not negative. */
export const purchaseUnitPrice = decimalString.refine((v) => Number(v) >= 0, 'must not be negative');
/** A VAT rate in percent (13 = 13%). */
export const purchaseTaxRate = z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be a rate in percent, e.g. 13');

export const purchaseRequestStatuses = [
  'draft', 'pendingApproval', 'rejected', 'approved', 'ordered', 'partlyReceived', 'received', 'billed', 'paid', 'cancelled',
] as const;
export const purchaseRequestStatus = z.enum(purchaseRequestStatuses);
export type PurchaseRequestStatus = z.infer<typeof purchaseRequestStatus>;

export const purchaseRequestLineInput = z.object({
  itemId: id,
  /** Default: the item's base unit. */
  unitId: id.nullable().optional(),
  quantity: purchaseQuantity,
  /** Estimated tax-inclusive unit price; the buyer's price list wins when empty. */
  estimatedPrice: purchaseUnitPrice.nullable().optional(),
  /** Preferred supplier; default the item's default supplier or the best price. */
  supplierId: id.nullable().optional(),
  note: z.string().trim().max(200).nullable().optional(),
});
export type PurchaseRequestLineInput = z.infer<typeof purchaseRequestLineInput>;

export const createPurchaseRequestBody = z.object({
  purpose: z.string().trim().min(1).max(500),
  neededBy: isoDate.nullable().optional(),
  warehouseId: id.nullable().optional(),
  note: z.string().trim().max(500).nullable().optional(),
  lines: z.array(purchaseRequestLineInput).min(1).max(100),
});
export type CreatePurchaseRequestBody = z.infer<typeof createPurchaseRequestBody>;
/** PUT replaces the whole draft, lines included. */
export const updatePurchaseRequestBody = createPurchaseRequestBody;
export type UpdatePurchaseRequestBody = CreatePurchaseRequestBody;

export const purchaseRequestListQuery = pageQuery.extend({
  /** `mine` (default): the caller's own requests; `all` needs procurement.read. */
  scope: z.enum(['mine', 'all']).default('mine'),
  status: purchaseRequestStatus.optional(),
  keyword: z.string().trim().max(100).optional(),
});
export type PurchaseRequestListQuery = z.infer<typeof purchaseRequestListQuery>;

export const purchaseRequestSummary = z.object({
  id, number: z.string(), status: purchaseRequestStatus, purpose: z.string(), neededBy: isoDate.nullable(),
  requesterId: id, requesterName: z.string().nullable(), departmentId: id.nullable(), departmentName: z.string().nullable(),
  warehouseId: id.nullable(), estimatedAmount: money, approvedAt: z.string().nullable(), createdAt: z.string(),
});
export type PurchaseRequestSummary = z.infer<typeof purchaseRequestSummary>;

export const purchaseRequestLine = z.object({
  id, lineNo: z.number().int(), itemId: id, itemCode: z.string().nullable(), itemName: z.string().nullable(), spec: z.string().nullable(),
  unitId: id, unitName: z.string().nullable(), quantity: decimalString, baseQuantity: decimalString,
  estimatedPrice: decimalString.nullable(), amount: money, supplierId: id.nullable(), supplierName: z.string().nullable(),
  /** What the orders made from this line say (line unit). */
  orderedQty: decimalString, receivedQty: decimalString, returnedQty: decimalString, billedQty: decimalString,
  note: z.string().nullable(),
});
export type PurchaseRequestLine = z.infer<typeof purchaseRequestLine>;

export const purchaseRequestOrderRef = z.object({
  id, number: z.string(), supplierId: id, supplierName: z.string().nullable(), status: z.string(), grossAmount: money, expectedDate: isoDate.nullable(),
});

export const purchaseRequest = purchaseRequestSummary.extend({
  warehouseName: z.string().nullable(), note: z.string().nullable(),
  lines: z.array(purchaseRequestLine),
  orders: z.array(purchaseRequestOrderRef),
  approval: z.object({ instanceId: id, status: z.string() }).nullable(),
  /** The live status steps the page shows: approved → ordered → partlyReceived → received → billed → paid. */
  steps: z.array(z.object({ status: purchaseRequestStatus, done: z.boolean() })),
  canEdit: z.boolean(),
});
export type PurchaseRequest = z.infer<typeof purchaseRequest>;
export const purchaseRequestPage = page(purchaseRequestSummary);

/** POST /procurement/requests/:id/orders: the orders made now and the lines no supplier could be found for. */
export const createOrdersFromRequestResponse = z.object({ orderIds: z.array(id), unsourcedLineIds: z.array(id) });
export type CreateOrdersFromRequestResponse = z.infer<typeof createOrdersFromRequestResponse>;
