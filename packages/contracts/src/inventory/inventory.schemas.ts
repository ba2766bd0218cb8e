import { z } from 'zod';
import { id, isoDateTime, money, page, pageQuery } from '../common/index.ts';

// Stock balances, the stock ledger, transfers, adjustments, counts (盘点), reorder rules and the
// inventory reports. Quantities are in the item's base unit unless a line names a unit.

const isoDate = z.iso.date();
/** A quantity, up to 4 decimals, written as a string; signed where the field says so. */
export const quantityString = z.string().trim().regex(/^-?\d{1,14}(\.\d{1,4})?$/, 'must be a quantity with at most 4 decimals, written as a string');
const positiveQuantity = quantityString.refine((v) => Number(v) > 0, 'must be greater than 0');
const nonNegativeQuantity = quantityString.refine((v) => Number(v) >= 0, 'must not be negative');
const nonZeroQuantity = quantityString.refine((v) => Number(v) !== 0, 'must not be 0');
const unitCostString = z.string().trim().regex(/^\d{1,12}(\.\d{1,6})?$/, 'must be a non-negative cost with at most 6 decimals, written as a string');
const note = z.string().trim().max(200).nullable().optional();

export const stockMoveKind = z.enum(['receipt', 'issue', 'transfer', 'adjustment', 'count']);
export type StockMoveKindCode = z.infer<typeof stockMoveKind>;

// ─── Balances ───
export const stockQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  itemId: id.optional(),
  warehouseId: id.optional(),
  categoryId: id.optional(),
  keyword: z.string().trim().max(100).optional(),
  /** `low`: only balances at or below their reorder point. */
  status: z.enum(['low']).optional(),
});
export type StockQuery = z.input<typeof stockQuery>;
export const stockRow = z.object({
  itemId: id, itemCode: z.string(), itemName: z.string(), spec: z.string().nullable(), unitName: z.string(),
  categoryId: id, categoryName: z.string(), warehouseId: id, warehouseName: z.string(),
  onHand: z.string(), reserved: z.string(), available: z.string(), incoming: z.string(),
  value: money, avgCost: z.string(),
  reorderPoint: z.string().nullable(), safetyStock: z.string().nullable(),
  /** Available at or below the reorder point. */
  low: z.boolean(),
});
export type StockRow = z.infer<typeof stockRow>;
export const stockPage = page(stockRow);

/** 库存预警 with the reorder suggestion (建议采购量). */
export const stockAlert = z.object({
  itemId: id, itemCode: z.string(), itemName: z.string(), spec: z.string().nullable(), unitName: z.string(),
  warehouseId: id, warehouseName: z.string(),
  onHand: z.string(), reserved: z.string(), available: z.string(), incoming: z.string(),
  reorderPoint: z.string(), safetyStock: z.string(), reorderQty: z.string().nullable(),
  /** reorderQty when set, else reorder point + safety stock − available − incoming (never below 0). */
  suggestedQty: z.string(),
  supplierId: id.nullable(), supplierName: z.string().nullable(),
  alertedAt: isoDateTime.nullable(),
});
export type StockAlert = z.infer<typeof stockAlert>;
export const stockAlertList = z.object({ items: z.array(stockAlert) });
export const stockAlertQuery = z.object({ warehouseId: id.optional() });

// ─── Ledger ───
export const stockMoveQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  itemId: id.optional(),
  warehouseId: id.optional(),
  kind: stockMoveKind.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  sourceType: z.string().trim().max(64).optional(),
  sourceId: z.string().trim().max(100).optional(),
});
export type StockMoveQuery = z.input<typeof stockMoveQuery>;
export const stockMoveRow = z.object({
  id, seq: z.number().int(), kind: stockMoveKind, date: z.string(),
  itemId: id, itemCode: z.string(), itemName: z.string(), unitName: z.string(),
  warehouseId: id, warehouseName: z.string(),
  quantity: z.string(), unitCost: z.string(), value: money, balanceQty: z.string(), balanceValue: money,
  sourceType: z.string(), sourceId: z.string(), sourceNumber: z.string().nullable(),
  transferId: id.nullable(), note: z.string().nullable(), createdAt: isoDateTime,
});
export type StockMoveRow = z.infer<typeof stockMoveRow>;
export const stockMovePage = page(stockMoveRow);

/** What a transfer or adjustment wrote: its number, its moves and (adjustments) the voucher. */
export const stockDocumentResult = z.object({
  id, number: z.string(), date: z.string(),
  voucherId: id.nullable(), voucherNumber: z.string().nullable(),
  moves: z.array(z.object({ moveId: id, itemId: id, warehouseId: id, quantity: z.string(), unitCost: z.string(), value: money })),
});
export type StockDocumentResult = z.infer<typeof stockDocumentResult>;

// ─── Transfers (调拨) ───
export const createTransferRequest = z.object({
  fromWarehouseId: id,
  toWarehouseId: id,
  date: isoDate,
  note,
  lines: z.array(z.object({ itemId: id, unitId: id.nullable().optional(), quantity: positiveQuantity, note })).min(1).max(200),
});
export type CreateTransferRequest = z.input<typeof createTransferRequest>;

// ─── Adjustments (库存调整) ───
export const createAdjustmentRequest = z.object({
  warehouseId: id,
  date: isoDate,
  /** Why (报损, 报溢, 盘盈 …): the voucher's summary. */
  reason: z.string().trim().min(1).max(200),
  lines: z.array(z.object({
    itemId: id, unitId: id.nullable().optional(),
    /** Signed: + found / gained, − lost or scrapped. */
    quantity: nonZeroQuantity,
    /** Gains only; default the current average cost. */
    unitCost: unitCostString.nullable().optional(),
    note,
  })).min(1).max(200),
});
export type CreateAdjustmentRequest = z.input<typeof createAdjustmentRequest>;

// ─── Counts (盘点) ───
export const stockCountStatus = z.enum(['counting', 'posted', 'cancelled']);
export type StockCountStatus = z.infer<typeof stockCountStatus>;
export const createStockCountRequest = z.object({
  warehouseId: id,
  countDate: isoDate,
  /** Only this category (and its sub-categories); else every item with stock in the warehouse. */
  categoryId: id.nullable().optional(),
  note,
});
export type CreateStockCountRequest = z.input<typeof createStockCountRequest>;
export const updateStockCountLinesRequest = z.object({
  lines: z.array(z.object({ itemId: id, countedQty: nonNegativeQuantity.nullable(), note })).min(1).max(2000),
});
export type UpdateStockCountLinesRequest = z.input<typeof updateStockCountLinesRequest>;
export const stockCountLine = z.object({
  id, itemId: id, itemCode: z.string(), itemName: z.string(), spec: z.string().nullable(), unitName: z.string(),
  systemQty: z.string(), countedQty: z.string().nullable(),
  /** counted − system (null until counted). */
  difference: z.string().nullable(),
  unitCost: z.string(), differenceValue: money.nullable(), note: z.string().nullable(),
});
export type StockCountLine = z.infer<typeof stockCountLine>;
export const stockCountSummary = z.object({
  id, number: z.string(), warehouseId: id, warehouseName: z.string(), countDate: z.string(), status: stockCountStatus,
  note: z.string().nullable(), lineCount: z.number().int(), countedCount: z.number().int(),
  voucherId: id.nullable(), createdAt: isoDateTime, postedAt: isoDateTime.nullable(),
});
export type StockCountSummary = z.infer<typeof stockCountSummary>;
export const stockCount = stockCountSummary.extend({
  voucherNumber: z.string().nullable(),
  createdBy: id.nullable(), postedBy: id.nullable(),
  lines: z.array(stockCountLine),
  /** Σ gains and Σ losses at cost. */
  gainValue: money, lossValue: money,
});
export type StockCount = z.infer<typeof stockCount>;
export const stockCountQuery = pageQuery.pick({ cursor: true, limit: true }).extend({
  status: stockCountStatus.optional(), warehouseId: id.optional(),
});
export const stockCountPage = page(stockCountSummary);

// ─── Reorder rules (安全库存 / 再订货点) ───
export const reorderRule = z.object({
  itemId: id, itemCode: z.string(), itemName: z.string(), unitName: z.string(),
  warehouseId: id, warehouseName: z.string(),
  safetyStock: z.string(), reorderPoint: z.string(), reorderQty: z.string().nullable(),
  available: z.string(),
});
export type ReorderRule = z.infer<typeof reorderRule>;
export const reorderRuleList = z.object({ items: z.array(reorderRule) });
export const reorderRuleQuery = z.object({ itemId: id.optional(), warehouseId: id.optional() });
export const upsertReorderRuleRequest = z.object({
  itemId: id,
  warehouseId: id,
  safetyStock: nonNegativeQuantity.default('0'),
  reorderPoint: nonNegativeQuantity,
  reorderQty: positiveQuantity.nullable().optional(),
});
export type UpsertReorderRuleRequest = z.input<typeof upsertReorderRuleRequest>;
export const reorderRuleParams = z.object({ itemId: id, warehouseId: id });

// ─── Reports ───
export const turnoverQuery = z.object({ from: isoDate, to: isoDate, warehouseId: id.optional() });
export const turnoverRow = z.object({
  itemId: id, itemCode: z.string(), itemName: z.string(),
  openingValue: money, closingValue: money, averageValue: money, issuedCost: money,
  /** 周转率 = issued cost / average inventory value (null when nothing was held). */
  turnover: z.string().nullable(),
  /** 周转天数 = days in the period / turnover (null when nothing was issued). */
  daysOfInventory: z.string().nullable(),
});
export type TurnoverRow = z.infer<typeof turnoverRow>;
export const turnoverReport = z.object({
  from: z.string(), to: z.string(), days: z.number().int(), warehouseId: id.nullable(),
  items: z.array(turnoverRow),
  total: turnoverRow.omit({ itemId: true, itemCode: true, itemName: true }),
});
export type TurnoverReport = z.infer<typeof turnoverReport>;
export const slowMoverQuery = z.object({ days: z.coerce.number().int().min(1).max(3650).default(90), warehouseId: id.optional(), asOf: isoDate.optional() });
export const slowMoverRow = z.object({
  itemId: id, itemCode: z.string(), itemName: z.string(), unitName: z.string(), warehouseId: id, warehouseName: z.string(),
  onHand: z.string(), value: money,
  lastIssueDate: z.string().nullable(), daysSinceIssue: z.number().int().nullable(),
});
export type SlowMoverRow = z.infer<typeof slowMoverRow>;
export const slowMoverReport = z.object({ days: z.number().int(), asOf: z.string(), items: z.array(slowMoverRow) });
export type SlowMoverReport = z.infer<typeof slowMoverReport>;
