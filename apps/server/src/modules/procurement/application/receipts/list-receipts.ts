import { and, eq, gte, lte } from 'drizzle-orm';
import type { Page, PurchaseReceiptListQuery, PurchaseReceiptSummary, PurchaseReturnListQuery, PurchaseReturnSummary } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { purchaseReceipts, purchaseReturns } from '../../infra/procurement.tables.ts';
import type { ReceiptRow, ReturnRow } from '../../infra/receipts.repository.ts';
import { presentReceipts, presentReturns } from './receipt-view.ts';

const receiptSpec: ListSpec = {
  sortable: { receiptDate: purchaseReceipts.receiptDate, number: purchaseReceipts.number, createdAt: purchaseReceipts.createdAt },
  defaultSort: '-createdAt',
  id: purchaseReceipts.id,
};

export async function listReceipts(query: PurchaseReceiptListQuery): Promise<Page<PurchaseReceiptSummary>> {
  const plan = keysetPage(receiptSpec, query);
  const rows = await tx().select().from(purchaseReceipts).where(and(
    eq(purchaseReceipts.tenantId, actor().tenantId),
    query.orderId ? eq(purchaseReceipts.orderId, query.orderId) : undefined,
    query.supplierId ? eq(purchaseReceipts.supplierId, query.supplierId) : undefined,
    query.from ? gte(purchaseReceipts.receiptDate, query.from) : undefined,
    query.to ? lte(purchaseReceipts.receiptDate, query.to) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? receiptSpec.defaultSort).replace(/^-/, '') as 'receiptDate' | 'number' | 'createdAt';
  const page = plan.page(rows, (r: ReceiptRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentReceipts(page.items), nextCursor: page.nextCursor };
}

const returnSpec: ListSpec = {
  sortable: { returnDate: purchaseReturns.returnDate, number: purchaseReturns.number, createdAt: purchaseReturns.createdAt },
  defaultSort: '-createdAt',
  id: purchaseReturns.id,
};

export async function listReturns(query: PurchaseReturnListQuery): Promise<Page<PurchaseReturnSummary>> {
  const plan = keysetPage(returnSpec, query);
  const rows = await tx().select().from(purchaseReturns).where(and(
    eq(purchaseReturns.tenantId, actor().tenantId),
    query.receiptId ? eq(purchaseReturns.receiptId, query.receiptId) : undefined,
    query.supplierId ? eq(purchaseReturns.supplierId, query.supplierId) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? returnSpec.defaultSort).replace(/^-/, '') as 'returnDate' | 'number' | 'createdAt';
  const page = plan.page(rows, (r: ReturnRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentReturns(page.items), nextCursor: page.nextCursor };
}
