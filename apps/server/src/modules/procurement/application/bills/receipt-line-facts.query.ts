import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { items, units } from '../../../catalog/index.ts';
import { purchaseOrderLines, purchaseOrders, purchaseReceiptLines, purchaseReceipts } from '../../infra/procurement.tables.ts';
import type { ReceiptLineFacts } from './three-way-match.ts';

const returnedNet = sql<string>`coalesce((select sum(rl.net) from purchase_return_lines rl join purchase_returns r on r.id = rl.return_id
  where rl.receipt_line_id = ${purchaseReceiptLines.id} and r.status = 'posted'), 0)::text`;
const clearedNet = sql<string>`coalesce((select sum(bl.received_net) from supplier_bill_lines bl join supplier_bills b on b.id = bl.bill_id
  where bl.receipt_line_id = ${purchaseReceiptLines.id} and b.status <> 'cancelled'), 0)::text`;

function factsSelection() {
  return tx().select({
    receiptLineId: purchaseReceiptLines.id, receiptId: purchaseReceipts.id, receiptNumber: purchaseReceipts.number, receiptDate: purchaseReceipts.receiptDate,
    supplierId: purchaseReceipts.supplierId, orderId: purchaseOrders.id, orderNumber: purchaseOrders.number, orderLineId: purchaseOrderLines.id,
    itemId: purchaseReceiptLines.itemId, itemCode: items.code, itemName: items.name, itemSpec: items.spec, unitId: purchaseReceiptLines.unitId, unitName: units.name,
    received: purchaseReceiptLines.quantity, returned: purchaseReceiptLines.returnedQty, billed: purchaseReceiptLines.billedQty,
    orderPrice: purchaseOrderLines.price, taxRate: purchaseOrderLines.taxRate, unitCost: purchaseReceiptLines.unitCost, receiptNet: purchaseReceiptLines.net,
    returnedNet, clearedNet,
  }).from(purchaseReceiptLines)
    .innerJoin(purchaseReceipts, eq(purchaseReceipts.id, purchaseReceiptLines.receiptId))
    .innerJoin(purchaseOrderLines, eq(purchaseOrderLines.id, purchaseReceiptLines.orderLineId))
    .innerJoin(purchaseOrders, eq(purchaseOrders.id, purchaseOrderLines.orderId))
    .innerJoin(items, and(eq(items.tenantId, purchaseReceiptLines.tenantId), eq(items.id, purchaseReceiptLines.itemId)))
    .innerJoin(units, and(eq(units.tenantId, purchaseReceiptLines.tenantId), eq(units.id, purchaseReceiptLines.unitId)));
}

export type BillableFacts = ReceiptLineFacts & { receiptDate: string; itemCode: string; itemSpec: string | null; unitId: string; unitName: string };

/**
 * Order and receipt facts of the given receipt lines (posted receipts only). `lock` takes the
 * receipt lines FOR UPDATE first, so two bills for the same goods are matched one after the other.
 */
export async function receiptLineFacts(ids: readonly string[], lock: boolean): Promise<Map<string, BillableFacts>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  if (lock) {
    await tx().select({ id: purchaseReceiptLines.id }).from(purchaseReceiptLines)
      .where(and(eq(purchaseReceiptLines.tenantId, actor().tenantId), inArray(purchaseReceiptLines.id, unique)))
      .orderBy(asc(purchaseReceiptLines.id)).for('update');
  }
  const rows = await factsSelection().where(and(
    eq(purchaseReceiptLines.tenantId, actor().tenantId), inArray(purchaseReceiptLines.id, unique), eq(purchaseReceipts.status, 'posted'),
  ));
  return new Map(rows.map((r) => [r.receiptLineId, r]));
}

/** A supplier's receipt lines with something left to bill, oldest first (发票录入 picks from these). */
export async function billableFactsOfSupplier(supplierId: string): Promise<BillableFacts[]> {
  return factsSelection().where(and(
    eq(purchaseReceiptLines.tenantId, actor().tenantId), eq(purchaseReceipts.supplierId, supplierId), eq(purchaseReceipts.status, 'posted'),
    gt(sql`${purchaseReceiptLines.quantity} - ${purchaseReceiptLines.returnedQty} - ${purchaseReceiptLines.billedQty}`, 0),
  )).orderBy(asc(purchaseReceipts.receiptDate), asc(purchaseReceipts.number), asc(purchaseReceiptLines.id)).limit(500);
}
