import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, date, index, numeric, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { createdAt, tenantId, updatedAt } from '../../../platform/db/columns.ts';

// Inventory: an append-only ledger of stock moves and, per item × warehouse, the running balance
// it produces. The database refuses negative on-hand (unless the item allows it) and reservations
// beyond what is on hand, so concurrent issues can never oversell (migration 0008_inventory).

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
/** Quantities in the item's base unit. */
const qty = (name: string) => numeric(name, { precision: 18, scale: 4 });
const money = (name: string) => numeric(name, { precision: 20, scale: 2 });
const unitCost = (name: string) => numeric(name, { precision: 18, scale: 6 });

export const stockMoveKinds = ['receipt', 'issue', 'transfer', 'adjustment', 'count'] as const;

/**
 * 库存流水: one row per item × warehouse movement, signed (+ in, − out), valued at its unit cost.
 * Never updated or deleted; a mistake is corrected by a new move. `balanceQty`/`balanceValue`
 * are the item × warehouse balance after this move, so the ledger reads like a bank statement.
 */
export const stockMoves = pgTable('stock_moves', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  /** Global order of moves (ties inside one day are resolved by it). */
  seq: bigserial('seq', { mode: 'number' }).notNull(),
  kind: text('kind', { enum: stockMoveKinds }).notNull(),
  itemId: uuid('item_id').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  locationId: uuid('location_id'),
  moveDate: date('move_date', { mode: 'string' }).notNull(),
  quantity: qty('quantity').notNull(),
  unitCost: unitCost('unit_cost').notNull(),
  value: money('value').notNull(),
  balanceQty: qty('balance_qty').notNull(),
  balanceValue: money('balance_value').notNull(),
  /** The document that moved the stock (purchaseReceipt, purchaseReturn, stockCount, stockTransfer …). */
  sourceType: text('source_type').notNull(),
  sourceId: text('source_id').notNull(),
  sourceNumber: text('source_number'),
  sourceLineId: text('source_line_id'),
  /** Both legs of a transfer share it. */
  transferId: uuid('transfer_id'),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
}, (t) => [
  index('stock_moves_item').on(t.tenantId, t.itemId, t.warehouseId, t.seq),
  index('stock_moves_date').on(t.tenantId, t.moveDate, t.seq),
  index('stock_moves_source').on(t.tenantId, t.sourceType, t.sourceId),
  check('stock_moves_nonzero', sql`${t.quantity} <> 0 or ${t.kind} in ('adjustment', 'count')`),
]);

/**
 * 库存余额 per item × warehouse: on hand, reserved (promised to orders), incoming (on open
 * purchase orders) and value at cost. Available = on hand − reserved.
 */
export const stockBalances = pgTable('stock_balances', {
  tenantId: tenantId(),
  itemId: uuid('item_id').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  onHand: qty('on_hand').notNull().default('0'),
  reserved: qty('reserved').notNull().default('0'),
  incoming: qty('incoming').notNull().default('0'),
  value: money('value').notNull().default('0'),
  /** Moving-average unit cost (FIFO items: value / on hand). */
  avgCost: unitCost('avg_cost').notNull().default('0'),
  /** Copied from the item so the CHECK can see it. */
  allowNegative: boolean('allow_negative').notNull().default(false),
  lastReceiptAt: at('last_receipt_at'),
  lastIssueAt: at('last_issue_at'),
  /** Set when a low-stock alert was sent, cleared when stock is back above the reorder point. */
  alertedAt: at('alerted_at'),
  updatedAt: updatedAt(),
}, (t) => [
  primaryKey({ name: 'stock_balances_pk', columns: [t.tenantId, t.itemId, t.warehouseId] }),
  check('stock_no_negative', sql`${t.allowNegative} or ${t.onHand} >= 0`),
  check('stock_no_oversell', sql`${t.reserved} >= 0 and (${t.allowNegative} or ${t.reserved} <= ${t.onHand})`),
  check('stock_incoming_nonnegative', sql`${t.incoming} >= 0`),
]);

/** 预留: stock promised to a document line until it is issued or released. */
export const stockReservations = pgTable('stock_reservations', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  itemId: uuid('item_id').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  quantity: qty('quantity').notNull(),
  sourceType: text('source_type').notNull(),
  sourceId: text('source_id').notNull(),
  sourceLineId: text('source_line_id'),
  status: text('status', { enum: ['active', 'consumed', 'released'] }).notNull().default('active'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  index('stock_reservations_source').on(t.tenantId, t.sourceType, t.sourceId),
  index('stock_reservations_item').on(t.tenantId, t.itemId, t.warehouseId, t.status),
  check('stock_reservations_positive', sql`${t.quantity} > 0`),
]);

/** FIFO cost layers: what is left of each receipt, consumed oldest first. */
export const stockLayers = pgTable('stock_layers', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  itemId: uuid('item_id').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  moveId: uuid('move_id').notNull(),
  moveSeq: bigint('move_seq', { mode: 'number' }).notNull(),
  quantity: qty('quantity').notNull(),
  remaining: qty('remaining').notNull(),
  unitCost: unitCost('unit_cost').notNull(),
  createdAt: createdAt(),
}, (t) => [
  index('stock_layers_open').on(t.tenantId, t.itemId, t.warehouseId, t.moveSeq).where(sql`remaining > 0`),
  check('stock_layers_remaining', sql`${t.remaining} >= 0 and ${t.remaining} <= ${t.quantity}`),
]);

/** 盘点单: system quantities frozen at start, counted quantities entered, differences posted. */
export const stockCounts = pgTable('stock_counts', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  number: text('number').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  countDate: date('count_date', { mode: 'string' }).notNull(),
  status: text('status', { enum: ['counting', 'posted', 'cancelled'] }).notNull().default('counting'),
  note: text('note'),
  voucherId: uuid('voucher_id'),
  createdBy: uuid('created_by'),
  postedBy: uuid('posted_by'),
  postedAt: at('posted_at'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [unique('stock_counts_number').on(t.tenantId, t.number)]);

export const stockCountLines = pgTable('stock_count_lines', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  countId: uuid('count_id').notNull().references(() => stockCounts.id, { onDelete: 'cascade' }),
  itemId: uuid('item_id').notNull(),
  systemQty: qty('system_qty').notNull(),
  countedQty: qty('counted_qty'),
  unitCost: unitCost('unit_cost').notNull().default('0'),
  note: text('note'),
}, (t) => [unique('stock_count_lines_item').on(t.countId, t.itemId)]);

/** 安全库存 / 再订货点 per item × warehouse; below the reorder point purchasers are alerted. */
export const reorderRules = pgTable('reorder_rules', {
  tenantId: tenantId(),
  itemId: uuid('item_id').notNull(),
  warehouseId: uuid('warehouse_id').notNull(),
  safetyStock: qty('safety_stock').notNull().default('0'),
  reorderPoint: qty('reorder_point').notNull(),
  /** Suggested order quantity (else up to reorder point + safety stock). */
  reorderQty: qty('reorder_qty'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
}, (t) => [
  primaryKey({ name: 'reorder_rules_pk', columns: [t.tenantId, t.itemId, t.warehouseId] }),
  check('reorder_rules_nonnegative', sql`${t.safetyStock} >= 0 and ${t.reorderPoint} >= 0 and coalesce(${t.reorderQty}, 1) > 0`),
]);
