import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { SupplierBillListQuery } from '@triad/contracts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { partners } from '../../../partners/index.ts';
import {
  purchaseOrderLines, purchaseReceiptLines, supplierBillLines, supplierBills,
} from '../../infra/procurement.tables.ts';

export type BillRow = typeof supplierBills.$inferSelect;
export type BillLineRow = typeof supplierBillLines.$inferSelect;

const own = (): SQL => eq(supplierBills.tenantId, actor().tenantId);

export async function insertBill(bill: typeof supplierBills.$inferInsert, lines: (typeof supplierBillLines.$inferInsert)[]): Promise<void> {
  await tx().insert(supplierBills).values(bill);
  await tx().insert(supplierBillLines).values(lines);
}

export async function updateBillRow(id: string, changes: Partial<typeof supplierBills.$inferInsert>): Promise<BillRow | undefined> {
  const [row] = await tx().update(supplierBills).set({ ...changes, updatedAt: new Date() }).where(and(own(), eq(supplierBills.id, id))).returning();
  return row;
}

export async function findBill(id: string, lock = false): Promise<BillRow | undefined> {
  const q = tx().select().from(supplierBills).where(and(own(), eq(supplierBills.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function billLines(billId: string): Promise<BillLineRow[]> {
  return tx().select().from(supplierBillLines).where(and(eq(supplierBillLines.tenantId, actor().tenantId), eq(supplierBillLines.billId, billId)));
}

/**
 * Adds billed quantity to a receipt line only while received − returned − billed covers it: the
 * conditional UPDATE is the last word when two bills race for the same goods.
 */
export async function addBilledToReceiptLine(receiptLineId: string, quantity: string): Promise<boolean> {
  const rows = await tx().update(purchaseReceiptLines)
    .set({ billedQty: sql`${purchaseReceiptLines.billedQty} + ${quantity}::numeric` })
    .where(and(
      eq(purchaseReceiptLines.tenantId, actor().tenantId), eq(purchaseReceiptLines.id, receiptLineId),
      sql`${purchaseReceiptLines.billedQty} + ${quantity}::numeric <= ${purchaseReceiptLines.quantity} - ${purchaseReceiptLines.returnedQty}`,
    )).returning({ id: purchaseReceiptLines.id });
  return rows.length > 0;
}

export async function addBilledToOrderLine(orderLineId: string, quantity: string): Promise<void> {
  await tx().update(purchaseOrderLines)
    .set({ billedQty: sql`${purchaseOrderLines.billedQty} + ${quantity}::numeric` })
    .where(and(eq(purchaseOrderLines.tenantId, actor().tenantId), eq(purchaseOrderLines.id, orderLineId)));
}

export async function listBillRows(query: SupplierBillListQuery) {
  const keyword = query.keyword ? `%${query.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return tx().select({ bill: supplierBills, supplierName: partners.name }).from(supplierBills)
    .innerJoin(partners, and(eq(partners.tenantId, supplierBills.tenantId), eq(partners.id, supplierBills.supplierId)))
    .where(and(
      own(),
      query.supplierId ? eq(supplierBills.supplierId, query.supplierId) : undefined,
      query.status ? eq(supplierBills.status, query.status) : undefined,
      query.from ? gte(supplierBills.billDate, query.from) : undefined,
      query.to ? lte(supplierBills.billDate, query.to) : undefined,
      keyword ? or(ilike(supplierBills.number, keyword), ilike(supplierBills.invoiceNo, keyword)) : undefined,
    ))
    .orderBy(desc(supplierBills.billDate), desc(supplierBills.number))
    .limit(500);
}

/** Bills whose open item is among `openItemIds` (a payment settles open items, not bills). */
export async function billsOfOpenItems(openItemIds: readonly string[]): Promise<BillRow[]> {
  if (openItemIds.length === 0) return [];
  return tx().select().from(supplierBills).where(and(own(), inArray(supplierBills.openItemId, [...openItemIds]))).orderBy(asc(supplierBills.id)).for('update');
}
