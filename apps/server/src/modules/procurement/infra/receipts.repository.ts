import { and, asc, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { purchaseReceiptLines, purchaseReceipts, purchaseReturnLines, purchaseReturns } from './procurement.tables.ts';

export type ReceiptRow = typeof purchaseReceipts.$inferSelect;
export type ReceiptLineRow = typeof purchaseReceiptLines.$inferSelect;
export type ReturnRow = typeof purchaseReturns.$inferSelect;
export type ReturnLineRow = typeof purchaseReturnLines.$inferSelect;

const tenant = () => actor().tenantId;

export async function insertReceipt(row: typeof purchaseReceipts.$inferInsert, lines: (typeof purchaseReceiptLines.$inferInsert)[]): Promise<void> {
  await tx().insert(purchaseReceipts).values(row);
  await tx().insert(purchaseReceiptLines).values(lines);
}

export async function setReceiptVoucher(id: string, voucherId: string): Promise<void> {
  await tx().update(purchaseReceipts).set({ voucherId }).where(and(eq(purchaseReceipts.tenantId, tenant()), eq(purchaseReceipts.id, id)));
}

export async function findReceipt(id: string, lock = false): Promise<ReceiptRow | undefined> {
  const q = tx().select().from(purchaseReceipts).where(and(eq(purchaseReceipts.tenantId, tenant()), eq(purchaseReceipts.id, id)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function receiptLines(receiptId: string): Promise<ReceiptLineRow[]> {
  return tx().select().from(purchaseReceiptLines)
    .where(and(eq(purchaseReceiptLines.tenantId, tenant()), eq(purchaseReceiptLines.receiptId, receiptId)))
    .orderBy(asc(purchaseReceiptLines.id));
}

export async function addReturnedToReceiptLine(id: string, returnedQty: string): Promise<void> {
  await tx().update(purchaseReceiptLines).set({ returnedQty }).where(and(eq(purchaseReceiptLines.tenantId, tenant()), eq(purchaseReceiptLines.id, id)));
}

export async function insertReturn(row: typeof purchaseReturns.$inferInsert, lines: (typeof purchaseReturnLines.$inferInsert)[]): Promise<void> {
  await tx().insert(purchaseReturns).values(row);
  await tx().insert(purchaseReturnLines).values(lines);
}

export async function setReturnVoucher(id: string, voucherId: string): Promise<void> {
  await tx().update(purchaseReturns).set({ voucherId }).where(and(eq(purchaseReturns.tenantId, tenant()), eq(purchaseReturns.id, id)));
}

export async function findReturn(id: string): Promise<ReturnRow | undefined> {
  const [row] = await tx().select().from(purchaseReturns).where(and(eq(purchaseReturns.tenantId, tenant()), eq(purchaseReturns.id, id)));
  return row;
}

export async function returnLines(returnId: string): Promise<ReturnLineRow[]> {
  return tx().select().from(purchaseReturnLines)
    .where(and(eq(purchaseReturnLines.tenantId, tenant()), eq(purchaseReturnLines.returnId, returnId))).orderBy(asc(purchaseReturnLines.id));
}

export async function returnsOfReceipt(receiptId: string): Promise<ReturnRow[]> {
  return tx().select().from(purchaseReturns)
    .where(and(eq(purchaseReturns.tenantId, tenant()), eq(purchaseReturns.receiptId, receiptId))).orderBy(asc(purchaseReturns.number));
}

export async function receiptsByIds(ids: readonly string[]): Promise<ReceiptRow[]> {
  if (ids.length === 0) return [];
  return tx().select().from(purchaseReceipts).where(and(eq(purchaseReceipts.tenantId, tenant()), inArray(purchaseReceipts.id, [...new Set(ids)])));
}
