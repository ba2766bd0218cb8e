import { z } from 'zod';
import { id } from '../common/index.ts';

// Supplier price lists (供应商价目表), requests for quotation (询价单) with their quotes (报价), the
// side-by-side comparison (比价) and the award that turns chosen quotes into purchase orders.

const isoDate = z.iso.date();
/** A non-negative decimal with up to 6 places, written as a string (prices). */
const sourcingPrice = z.string().trim().regex(/^\d{1,12}(\.\d{1,6})?$/, 'must be a non-negative decimal with at most 6 places, written as a string');
/** A quantity > 0 with up to 4 places, written as a string. */
const sourcingQuantity = z.string().trim().regex(/^\d{1,14}(\.\d{1,4})?$/, 'must be a decimal with at most 4 places, written as a string')
  .refine((v) => Number(v) > 0, 'must be greater than 0');
const minQuantity = z.string().trim().regex(/^\d{1,14}(\.\d{1,4})?$/, 'must be a non-negative decimal with at most 4 places, written as a string');
/** VAT rate in percent (13, 9, 6, 3, 0). */
const sourcingTaxRate = z.string().trim().regex(/^\d{1,2}(\.\d{1,2})?$/, 'must be a percentage below 100 with at most 2 decimals');
const leadTime = z.number().int().min(0).max(3650);

// ─── Price lists ───
export const supplierPrice = z.object({
  id, supplierId: id, supplierName: z.string(), itemId: id, itemCode: z.string(), itemName: z.string(), itemSpec: z.string().nullable(),
  unitId: id, unitName: z.string(),
  /** Tax-inclusive unit price (含税单价) per unit. */
  price: z.string(), taxRate: z.string(), minQty: z.string(), leadTimeDays: z.number().int(),
  validFrom: z.string().nullable(), validTo: z.string().nullable(),
  /** Valid today (within its dates). */
  current: z.boolean(),
  sourceRfqId: id.nullable(), updatedAt: z.string(),
});
export type SupplierPrice = z.infer<typeof supplierPrice>;
export const supplierPriceList = z.object({ items: z.array(supplierPrice) });
export const supplierPriceListQuery = z.object({
  supplierId: id.optional(),
  itemId: id.optional(),
  /** Item code or name, supplier name. */
  keyword: z.string().trim().max(100).optional(),
  /** Only entries valid on this day. */
  validOn: isoDate.optional(),
});
export type SupplierPriceListQuery = z.infer<typeof supplierPriceListQuery>;
export const createSupplierPriceRequest = z.object({
  supplierId: id,
  itemId: id,
  /** Defaults to the item's purchase unit, else its base unit. */
  unitId: id.nullable().optional(),
  price: sourcingPrice,
  taxRate: sourcingTaxRate.optional(),
  minQty: minQuantity.optional(),
  leadTimeDays: leadTime.optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});
export type CreateSupplierPriceRequest = z.input<typeof createSupplierPriceRequest>;
export const updateSupplierPriceRequest = z.object({
  unitId: id.optional(),
  price: sourcingPrice.optional(),
  taxRate: sourcingTaxRate.optional(),
  minQty: minQuantity.optional(),
  leadTimeDays: leadTime.optional(),
  validFrom: isoDate.nullable().optional(),
  validTo: isoDate.nullable().optional(),
});
export type UpdateSupplierPriceRequest = z.infer<typeof updateSupplierPriceRequest>;
export const bestSupplierPriceQuery = z.object({
  itemId: id,
  /** Defaults to the item's purchase unit, else its base unit. */
  unitId: id.optional(),
  quantity: sourcingQuantity.default('1'),
  /** Defaults to today. */
  date: isoDate.optional(),
});
export type BestSupplierPriceQuery = z.input<typeof bestSupplierPriceQuery>;
export const bestSupplierPriceResponse = z.object({
  best: z.object({
    supplierId: id, supplierName: z.string(), supplierPriceId: id, unitId: id,
    price: z.string(), taxRate: z.string(), leadTimeDays: z.number().int(),
  }).nullable(),
});
export type BestSupplierPriceResponse = z.infer<typeof bestSupplierPriceResponse>;

// ─── RFQs ───
export const rfqStatus = z.enum(['draft', 'sent', 'awarded', 'cancelled']);
export type RfqStatus = z.infer<typeof rfqStatus>;

export const rfqLineInput = z.object({
  itemId: id,
  /** Defaults to the item's purchase unit, else its base unit. */
  unitId: id.nullable().optional(),
  quantity: sourcingQuantity,
  requestLineId: id.nullable().optional(),
});
export const createRfqRequest = z.object({
  title: z.string().trim().min(1).max(200),
  deadline: isoDate.nullable().optional(),
  /** Source a purchase request: without `lines`, its lines are copied. */
  requestId: id.nullable().optional(),
  supplierIds: z.array(id).min(1).max(20),
  warehouseId: id.nullable().optional(),
  lines: z.array(rfqLineInput).max(200).optional(),
});
export type CreateRfqRequest = z.input<typeof createRfqRequest>;
export const updateRfqRequest = z.object({
  title: z.string().trim().min(1).max(200).optional(),
  deadline: isoDate.nullable().optional(),
  supplierIds: z.array(id).min(1).max(20).optional(),
  warehouseId: id.nullable().optional(),
  lines: z.array(rfqLineInput).min(1).max(200).optional(),
});
export type UpdateRfqRequest = z.input<typeof updateRfqRequest>;

export const rfqQuoteInput = z.object({
  rfqLineId: id,
  supplierId: id,
  /** Tax-inclusive unit price per line unit. */
  price: sourcingPrice,
  taxRate: sourcingTaxRate.optional(),
  leadTimeDays: leadTime.optional(),
  note: z.string().trim().max(200).nullable().optional(),
});
/** Replaces the quotes of every supplier named in `quotes` (so one supplier's answer can be entered at a time). */
export const putRfqQuotesRequest = z.object({
  quotes: z.array(rfqQuoteInput).max(2000),
  /** Suppliers whose quotes are cleared even if none is given for them. */
  clearSupplierIds: z.array(id).max(20).optional(),
});
export type PutRfqQuotesRequest = z.input<typeof putRfqQuotesRequest>;

export const rfqLine = z.object({
  id, lineNo: z.number().int(), itemId: id, itemCode: z.string(), itemName: z.string(), itemSpec: z.string().nullable(),
  unitId: id, unitName: z.string(), quantity: z.string(), requestLineId: id.nullable(),
});
export const rfqQuote = z.object({
  id, rfqLineId: id, supplierId: id, price: z.string(), taxRate: z.string(), leadTimeDays: z.number().int(),
  note: z.string().nullable(), chosen: z.boolean(),
});
export type RfqQuote = z.infer<typeof rfqQuote>;
export const rfqSummary = z.object({
  id, number: z.string(), title: z.string(), status: rfqStatus, deadline: z.string().nullable(),
  requestId: id.nullable(), requestNumber: z.string().nullable(),
  suppliers: z.array(z.object({ id, name: z.string() })),
  lineCount: z.number().int(), quoteCount: z.number().int(),
  createdBy: id.nullable(), createdByName: z.string().nullable(), awardedAt: z.string().nullable(), createdAt: z.string(),
});
export type RfqSummary = z.infer<typeof rfqSummary>;
export const rfq = rfqSummary.extend({
  warehouseId: id.nullable(),
  lines: z.array(rfqLine),
  quotes: z.array(rfqQuote),
  /** Purchase orders created by the award. */
  orders: z.array(z.object({ id, number: z.string(), supplierId: id, status: z.string(), grossAmount: z.string() })),
});
export type Rfq = z.infer<typeof rfq>;
export const rfqList = z.object({ items: z.array(rfqSummary) });
export const rfqListQuery = z.object({ status: rfqStatus.optional(), keyword: z.string().trim().max(100).optional() });
export type RfqListQuery = z.infer<typeof rfqListQuery>;

/** 比价: RFQ lines × invited suppliers; the cheapest and the fastest quote of each line are marked. */
export const rfqComparison = z.object({
  rfqId: id,
  suppliers: z.array(z.object({
    supplierId: id, supplierName: z.string(),
    /** Σ quantity × price over the lines this supplier quoted. */
    total: z.string(), quotedLines: z.number().int(), complete: z.boolean(),
    /** Lines where this supplier is the cheapest. */
    cheapestLines: z.number().int(),
  })),
  lines: z.array(z.object({
    rfqLineId: id, lineNo: z.number().int(), itemId: id, itemCode: z.string(), itemName: z.string(), unitName: z.string(), quantity: z.string(),
    cheapestSupplierId: id.nullable(), fastestSupplierId: id.nullable(),
    cells: z.array(z.object({
      supplierId: id, quoteId: id.nullable(), price: z.string().nullable(), taxRate: z.string().nullable(),
      leadTimeDays: z.number().int().nullable(), amount: z.string().nullable(),
      cheapest: z.boolean(), fastest: z.boolean(), chosen: z.boolean(),
    })),
  })),
  /** Σ of the cheapest quote of each line (the best mix). */
  bestMixTotal: z.string(),
});
export type RfqComparison = z.infer<typeof rfqComparison>;

export const awardRfqRequest = z.object({
  /** The chosen quote per line; lines left out are not ordered. */
  quoteIds: z.array(id).min(1).max(200),
  expectedDate: isoDate.nullable().optional(),
  warehouseId: id.nullable().optional(),
  /** Write the awarded prices into the supplier price lists. */
  updatePriceList: z.boolean().default(false),
});
export type AwardRfqRequest = z.input<typeof awardRfqRequest>;
