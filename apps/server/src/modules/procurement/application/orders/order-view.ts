import { and, asc, eq } from 'drizzle-orm';
import type { PurchaseOrder, PurchaseOrderSummary, ReceivableOrder } from '@triad/contracts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { approvalOf } from '../../../approval/index.ts';
import { orderErrors } from '../../orders.errors.ts';
import { receivableQuantities } from '../../domain/receipt-tolerance.ts';
import { findOrder, orderLines, type OrderRow } from '../../infra/orders.repository.ts';
import { purchaseReceipts } from '../../infra/procurement.tables.ts';
import { findRequest } from '../../infra/requests.repository.ts';
import { readSettings } from '../../infra/settings.repository.ts';
import { orderDocType } from './doc-types.ts';
import { loadNames, nameOf, type Names } from './lookups.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function summaryOf(row: OrderRow, names: Names): PurchaseOrderSummary {
  return {
    id: row.id, number: row.number, status: row.status, supplierId: row.supplierId, supplierName: nameOf(names.partners, row.supplierId),
    orderDate: row.orderDate, expectedDate: row.expectedDate, warehouseId: row.warehouseId, warehouseName: nameOf(names.warehouses, row.warehouseId),
    buyerId: row.buyerId, buyerName: nameOf(names.users, row.buyerId), requestId: row.requestId, rfqId: row.rfqId,
    netAmount: row.netAmount, taxAmount: row.taxAmount, grossAmount: row.grossAmount, createdAt: row.createdAt.toISOString(),
  };
}

export async function presentOrders(rows: readonly OrderRow[]): Promise<PurchaseOrderSummary[]> {
  const names = await loadNames({ partners: rows.map((r) => r.supplierId), warehouses: rows.map((r) => r.warehouseId), users: rows.map((r) => r.buyerId) });
  return rows.map((r) => summaryOf(r, names));
}

/** One purchase order with its lines (received, returned, billed so far), receipts and approval. */
export async function getOrder(id: string): Promise<PurchaseOrder> {
  const row = await findOrder(id);
  if (!row) throw orderErrors['procurement.order.notFound']();
  const lines = await orderLines(id);
  const names = await loadNames({
    partners: [row.supplierId], warehouses: [row.warehouseId], users: [row.buyerId], items: lines.map((l) => l.itemId), units: lines.map((l) => l.unitId),
  });
  const receipts = await tx().select().from(purchaseReceipts)
    .where(and(eq(purchaseReceipts.tenantId, actor().tenantId), eq(purchaseReceipts.orderId, id))).orderBy(asc(purchaseReceipts.number));
  const request = row.requestId ? await findRequest(row.requestId) : undefined;
  return {
    ...summaryOf(row, names), note: row.note, confirmedAt: iso(row.confirmedAt), requestNumber: request?.number ?? null,
    lines: lines.map((l) => {
      const item = names.items.get(l.itemId);
      return {
        id: l.id, lineNo: l.lineNo, itemId: l.itemId, itemCode: item?.code ?? null, itemName: item?.name ?? null, spec: item?.spec ?? null,
        unitId: l.unitId, unitName: nameOf(names.units, l.unitId), unitFactor: l.unitFactor, quantity: l.quantity, price: l.price, taxRate: l.taxRate,
        net: l.net, tax: l.tax, gross: l.gross, receivedQty: l.receivedQty, returnedQty: l.returnedQty, billedQty: l.billedQty,
        requestLineId: l.requestLineId, expectedDate: l.expectedDate,
      };
    }),
    receipts: receipts.map((r) => ({ id: r.id, number: r.number, date: r.receiptDate, status: r.status, netAmount: r.netAmount })),
    approval: await approvalOf(orderDocType, id),
  };
}

/** 可收货数量: per line what is still open and the most a receipt may bring (tolerance included). */
export async function receivableOf(id: string): Promise<ReceivableOrder> {
  const row = await findOrder(id);
  if (!row) throw orderErrors['procurement.order.notFound']();
  const lines = await orderLines(id);
  const { receiptTolerancePct } = await readSettings();
  const names = await loadNames({ partners: [row.supplierId], items: lines.map((l) => l.itemId), units: lines.map((l) => l.unitId) });
  return {
    orderId: row.id, number: row.number, status: row.status, supplierId: row.supplierId, supplierName: nameOf(names.partners, row.supplierId),
    warehouseId: row.warehouseId, tolerancePct: receiptTolerancePct,
    lines: lines.map((l) => ({
      orderLineId: l.id, lineNo: l.lineNo, itemId: l.itemId, itemCode: names.items.get(l.itemId)?.code ?? null, itemName: names.items.get(l.itemId)?.name ?? null,
      unitId: l.unitId, unitName: nameOf(names.units, l.unitId), ordered: l.quantity, received: l.receivedQty, returned: l.returnedQty,
      ...receivableQuantities({ ordered: l.quantity, received: l.receivedQty, returned: l.returnedQty }, receiptTolerancePct),
    })),
  };
}
