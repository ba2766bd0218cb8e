import { and, eq, inArray } from 'drizzle-orm';
import type { PurchaseReceipt, PurchaseReceiptSummary, PurchaseReturn, PurchaseReturnSummary } from '@triad/contracts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { findOrder } from '../../infra/orders.repository.ts';
import {
  findReceipt, findReturn, receiptLines, receiptsByIds, returnLines, returnsOfReceipt, type ReceiptRow, type ReturnRow,
} from '../../infra/receipts.repository.ts';
import { receiptErrors } from '../../receipts.errors.ts';
import { voucherNumbers } from '../../infra/vouchers.query.ts';
import { purchaseOrders } from '../../infra/procurement.tables.ts';
import { loadNames, nameOf, type Names } from '../orders/lookups.ts';

async function orderNumbers(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx().select({ id: purchaseOrders.id, number: purchaseOrders.number }).from(purchaseOrders)
    .where(and(eq(purchaseOrders.tenantId, actor().tenantId), inArray(purchaseOrders.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.number]));
}

function receiptSummary(row: ReceiptRow, names: Names, orders: Map<string, string>): PurchaseReceiptSummary {
  return {
    id: row.id, number: row.number, status: row.status, orderId: row.orderId, orderNumber: orders.get(row.orderId) ?? null,
    supplierId: row.supplierId, supplierName: nameOf(names.partners, row.supplierId), warehouseId: row.warehouseId,
    warehouseName: nameOf(names.warehouses, row.warehouseId), receiptDate: row.receiptDate, netAmount: row.netAmount, voucherId: row.voucherId,
    receivedBy: row.receivedBy, receivedByName: nameOf(names.users, row.receivedBy), createdAt: row.createdAt.toISOString(),
  };
}

export async function presentReceipts(rows: readonly ReceiptRow[]): Promise<PurchaseReceiptSummary[]> {
  const names = await loadNames({ partners: rows.map((r) => r.supplierId), warehouses: rows.map((r) => r.warehouseId), users: rows.map((r) => r.receivedBy) });
  const orders = await orderNumbers(rows.map((r) => r.orderId));
  return rows.map((r) => receiptSummary(r, names, orders));
}

export async function getReceipt(id: string): Promise<PurchaseReceipt> {
  const row = await findReceipt(id);
  if (!row) throw receiptErrors['procurement.receipt.notFound']();
  const lines = await receiptLines(id);
  const names = await loadNames({
    partners: [row.supplierId], warehouses: [row.warehouseId], users: [row.receivedBy], items: lines.map((l) => l.itemId), units: lines.map((l) => l.unitId),
  });
  const order = await findOrder(row.orderId);
  const vouchers = await voucherNumbers([row.voucherId]);
  return {
    ...receiptSummary(row, names, new Map(order ? [[order.id, order.number]] : [])), note: row.note, voucherNumber: nameOf(vouchers, row.voucherId),
    lines: lines.map((l) => {
      const item = names.items.get(l.itemId);
      return {
        id: l.id, orderLineId: l.orderLineId, itemId: l.itemId, itemCode: item?.code ?? null, itemName: item?.name ?? null, spec: item?.spec ?? null,
        unitId: l.unitId, unitName: nameOf(names.units, l.unitId), locationId: l.locationId, quantity: l.quantity, baseQuantity: l.baseQuantity,
        unitCost: l.unitCost, net: l.net, taxRate: l.taxRate, returnedQty: l.returnedQty, billedQty: l.billedQty,
      };
    }),
    returns: (await returnsOfReceipt(id)).map((r) => ({ id: r.id, number: r.number, date: r.returnDate, status: r.status, netAmount: r.netAmount })),
  };
}

function returnSummary(row: ReturnRow, names: Names, receipts: Map<string, string>): PurchaseReturnSummary {
  return {
    id: row.id, number: row.number, status: row.status, receiptId: row.receiptId, receiptNumber: receipts.get(row.receiptId) ?? null,
    orderId: row.orderId, supplierId: row.supplierId, supplierName: nameOf(names.partners, row.supplierId), warehouseId: row.warehouseId,
    returnDate: row.returnDate, reason: row.reason, netAmount: row.netAmount, voucherId: row.voucherId, createdAt: row.createdAt.toISOString(),
  };
}

export async function presentReturns(rows: readonly ReturnRow[]): Promise<PurchaseReturnSummary[]> {
  const names = await loadNames({ partners: rows.map((r) => r.supplierId) });
  const receipts = new Map((await receiptsByIds(rows.map((r) => r.receiptId))).map((r) => [r.id, r.number]));
  return rows.map((r) => returnSummary(r, names, receipts));
}

export async function getReturn(id: string): Promise<PurchaseReturn> {
  const row = await findReturn(id);
  if (!row) throw receiptErrors['procurement.return.notFound']();
  const lines = await returnLines(id);
  const names = await loadNames({ partners: [row.supplierId], items: lines.map((l) => l.itemId), units: lines.map((l) => l.unitId) });
  const receipts = new Map((await receiptsByIds([row.receiptId])).map((r) => [r.id, r.number]));
  const vouchers = await voucherNumbers([row.voucherId]);
  return {
    ...returnSummary(row, names, receipts), voucherNumber: nameOf(vouchers, row.voucherId),
    lines: lines.map((l) => ({
      id: l.id, receiptLineId: l.receiptLineId, orderLineId: l.orderLineId, itemId: l.itemId, itemCode: names.items.get(l.itemId)?.code ?? null,
      itemName: names.items.get(l.itemId)?.name ?? null, unitId: l.unitId, unitName: nameOf(names.units, l.unitId), quantity: l.quantity,
      baseQuantity: l.baseQuantity, unitCost: l.unitCost, net: l.net,
    })),
  };
}
