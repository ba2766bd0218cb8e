import Decimal from 'decimal.js';
import { and, asc, eq } from 'drizzle-orm';
import type { BillableLine, SupplierBill, SupplierBillListQuery, SupplierBillSummary } from '@triad/contracts';
import { documentLinks } from '../../../../platform/links/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { items, units } from '../../../catalog/index.ts';
import { usersByIds } from '../../../org/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { purchaseOrders, purchaseReceiptLines, purchaseReceipts, supplierBillLines } from '../../infra/procurement.tables.ts';
import { billErrors } from '../../bills.errors.ts';
import { findBill, listBillRows, type BillRow } from './bills.repository.ts';
import { billableFactsOfSupplier } from './receipt-line-facts.query.ts';
import { billDocType } from './doc-types.ts';

function summaryOf(b: BillRow, supplierName: string): SupplierBillSummary {
  return {
    id: b.id, number: b.number, supplierId: b.supplierId, supplierName, invoiceNo: b.invoiceNo, billDate: b.billDate, dueDate: b.dueDate,
    status: b.status, netAmount: b.netAmount, taxAmount: b.taxAmount, grossAmount: b.grossAmount, paidAmount: b.paidAmount,
    paymentId: b.paymentId, createdAt: b.createdAt.toISOString(),
  };
}

export async function listSupplierBills(query: SupplierBillListQuery): Promise<{ items: SupplierBillSummary[] }> {
  const rows = await listBillRows(query);
  return { items: rows.map((r) => summaryOf(r.bill, r.supplierName)) };
}

/** Numbers of the voucher and payment request downstream of the bill, from the document chain. */
async function downstreamNumbers(billId: string): Promise<Map<string, string | null>> {
  const rows = await tx().select({ toType: documentLinks.toType, toNumber: documentLinks.toNumber }).from(documentLinks)
    .where(and(eq(documentLinks.tenantId, actor().tenantId), eq(documentLinks.fromType, billDocType), eq(documentLinks.fromId, billId)));
  return new Map(rows.map((r) => [r.toType, r.toNumber]));
}

export async function getSupplierBill(id: string): Promise<SupplierBill> {
  const bill = await findBill(id);
  if (!bill) throw billErrors['procurement.bill.notFound']();
  const lines = await tx().select({
    l: supplierBillLines, receiptId: purchaseReceipts.id, receiptNumber: purchaseReceipts.number, orderId: purchaseOrders.id, orderNumber: purchaseOrders.number,
    itemCode: items.code, itemName: items.name, unitName: units.name,
  }).from(supplierBillLines)
    .innerJoin(purchaseReceiptLines, eq(purchaseReceiptLines.id, supplierBillLines.receiptLineId))
    .innerJoin(purchaseReceipts, eq(purchaseReceipts.id, purchaseReceiptLines.receiptId))
    .innerJoin(purchaseOrders, eq(purchaseOrders.id, purchaseReceipts.orderId))
    .innerJoin(items, and(eq(items.tenantId, supplierBillLines.tenantId), eq(items.id, supplierBillLines.itemId)))
    .innerJoin(units, and(eq(units.tenantId, purchaseReceiptLines.tenantId), eq(units.id, purchaseReceiptLines.unitId)))
    .where(and(eq(supplierBillLines.tenantId, actor().tenantId), eq(supplierBillLines.billId, id)))
    .orderBy(asc(purchaseReceipts.number), asc(supplierBillLines.id));
  // One client per unit of work: one query at a time.
  const names = await partnerNames([bill.supplierId]);
  const people = await usersByIds(bill.createdBy ? [bill.createdBy] : []);
  const downstream = await downstreamNumbers(id);
  return {
    ...summaryOf(bill, names.get(bill.supplierId) ?? ''),
    openItemId: bill.openItemId, voucherId: bill.voucherId, voucherNumber: downstream.get('voucher') ?? null,
    paymentNumber: downstream.get('finPayment') ?? null,
    createdBy: bill.createdBy, createdByName: people.find((p) => p.id === bill.createdBy)?.displayName ?? null, note: bill.note,
    lines: lines.map(({ l, ...r }) => ({
      id: l.id, receiptLineId: l.receiptLineId, receiptId: r.receiptId, receiptNumber: r.receiptNumber, orderLineId: l.orderLineId,
      orderId: r.orderId, orderNumber: r.orderNumber, itemId: l.itemId, itemCode: r.itemCode, itemName: r.itemName, unitName: r.unitName,
      quantity: new Decimal(l.quantity).toFixed(), price: l.price, taxRate: l.taxRate, net: l.net, tax: l.tax, gross: l.gross, receivedNet: l.receivedNet,
    })),
    match: bill.match,
  };
}

/** GET /procurement/bills/billable: the supplier's received goods not yet billed. */
export async function billableLines(supplierId: string): Promise<{ items: BillableLine[] }> {
  const rows = await billableFactsOfSupplier(supplierId);
  return {
    items: rows.map((r) => ({
      receiptLineId: r.receiptLineId, receiptId: r.receiptId, receiptNumber: r.receiptNumber, receiptDate: r.receiptDate,
      orderId: r.orderId, orderNumber: r.orderNumber, orderLineId: r.orderLineId, itemId: r.itemId, itemCode: r.itemCode, itemName: r.itemName,
      itemSpec: r.itemSpec, unitId: r.unitId, unitName: r.unitName, receivedQty: new Decimal(r.received).toFixed(), returnedQty: new Decimal(r.returned).toFixed(), billedQty: new Decimal(r.billed).toFixed(),
      billableQty: new Decimal(r.received).minus(r.returned).minus(r.billed).toFixed(),
      orderPrice: r.orderPrice, taxRate: r.taxRate, unitCost: r.unitCost,
    })),
  };
}
