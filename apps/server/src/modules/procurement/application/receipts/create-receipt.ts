import Decimal from 'decimal.js';
import type { CreatePurchaseReceiptBody } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { emit } from '../../../../platform/events/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { itemsByIds } from '../../../catalog/index.ts';
import { postDocument, type PostingLine } from '../../../finance/index.ts';
import { adjustIncoming, applyStockMoves } from '../../../inventory/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { orderErrors } from '../../orders.errors.ts';
import { receiptErrors } from '../../receipts.errors.ts';
import { todayInChina } from '../../domain/dates.ts';
import { receivableQuantities } from '../../domain/receipt-tolerance.ts';
import { findOrder, orderLines, updateOrderLine } from '../../infra/orders.repository.ts';
import { insertReceipt, setReceiptVoucher } from '../../infra/receipts.repository.ts';
import { readSettings } from '../../infra/settings.repository.ts';
import { orderDocType } from '../orders/doc-types.ts';
import { lineMoney, toBase } from '../orders/order-amounts.ts';
import { refreshRequestStatus, requestIdsOfOrderLines } from '../requests/refresh-request-status.ts';
import { receiptDocType } from './doc-types.ts';
import { updateOrderProgress } from './order-progress.ts';

/**
 * 采购入库: goods received against one confirmed order, in parts if need be, within the
 * over-receipt tolerance. In one unit of work: stock moves in at the net (tax-exclusive) cost,
 * incoming goes down, the order line and status follow, and the voucher is posted —
 * Dr 1403 原材料 / 1405 库存商品 (by item class) net, Cr 2202 应付账款 (暂估, supplier) net: the
 * goods are owed for before the 发票 arrives; the supplier bill later clears the 暂估.
 */
export async function createReceipt(input: CreatePurchaseReceiptBody): Promise<{ receiptId: string; number: string }> {
  const order = await findOrder(input.orderId, true);
  if (!order) throw orderErrors['procurement.order.notFound']();
  if (order.status !== 'confirmed' && order.status !== 'partlyReceived') {
    throw receiptErrors['procurement.receipt.orderNotReceivable']({ status: order.status }, { status: order.status });
  }
  const lines = await orderLines(order.id);
  const byId = new Map(lines.map((l) => [l.id, l]));
  if (new Set(input.lines.map((l) => l.orderLineId)).size !== input.lines.length) throw receiptErrors['procurement.receipt.duplicateLine']();
  const { receiptTolerancePct } = await readSettings();
  const over: { line: number; orderLineId: string; quantity: string; maxReceivable: string }[] = [];
  const picked = input.lines.map((given, i) => {
    const line = byId.get(given.orderLineId);
    if (!line) throw receiptErrors['procurement.receipt.unknownOrderLine']({ line: i + 1 }, { line: i + 1, orderLineId: given.orderLineId });
    const { maxReceivable } = receivableQuantities({ ordered: line.quantity, received: line.receivedQty, returned: line.returnedQty }, receiptTolerancePct);
    if (new Decimal(given.quantity).gt(maxReceivable)) over.push({ line: i + 1, orderLineId: line.id, quantity: given.quantity, maxReceivable });
    return { given, line };
  });
  if (over.length) throw receiptErrors['procurement.receipt.overReceipt'](undefined, { tolerancePct: receiptTolerancePct, lines: over });

  const receiptId = newId();
  const number = await nextNumber(receiptDocType);
  const date = input.receiptDate ?? todayInChina();
  const items = await itemsByIds(lines.map((l) => l.itemId));
  const rows = picked.map(({ given, line }) => {
    const quantity = new Decimal(given.quantity).toFixed(4);
    const baseQuantity = toBase(quantity, line.unitFactor);
    const { net } = lineMoney(quantity, line.price, line.taxRate);
    return {
      id: newId(), tenantId: actor().tenantId, receiptId, orderLineId: line.id, itemId: line.itemId, unitId: line.unitId,
      locationId: given.locationId ?? null, quantity, baseQuantity, net, taxRate: line.taxRate,
      unitCost: new Decimal(net).div(quantity).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toFixed(6),
    };
  });
  const netAmount = rows.reduce((s, r) => s.plus(r.net), new Decimal(0)).toFixed(2);
  await insertReceipt({
    id: receiptId, tenantId: actor().tenantId, number, orderId: order.id, supplierId: order.supplierId, warehouseId: order.warehouseId,
    receiptDate: date, status: 'posted', netAmount, receivedBy: actor().userId ?? null, note: input.note ?? null,
  }, rows);

  // Stock in at the exact net value of each line, so stock value and the voucher agree to the cent.
  const source = { type: receiptDocType, id: receiptId, number };
  const stocked = rows.filter((r) => items.get(r.itemId)?.stocked);
  await applyStockMoves(stocked.map((r) => ({
    kind: 'receipt' as const, itemId: r.itemId, warehouseId: order.warehouseId, locationId: r.locationId, quantity: r.baseQuantity,
    unitCost: new Decimal(r.net).div(r.baseQuantity).toString(), date, source, sourceLineId: r.id,
  })));
  await adjustIncoming(picked.flatMap(({ line }, i) => {
    const stillIncoming = Decimal.max(new Decimal(line.quantity).minus(line.receivedQty), 0);
    const lowered = Decimal.min(stillIncoming, rows[i]!.quantity);
    return lowered.gt(0) ? [{ itemId: line.itemId, warehouseId: order.warehouseId, quantity: `-${toBase(lowered.toFixed(4), line.unitFactor)}` }] : [];
  }));
  for (const { line } of picked) {
    const row = rows.find((r) => r.orderLineId === line.id)!;
    line.receivedQty = new Decimal(line.receivedQty).plus(row.quantity).toFixed(4);
    await updateOrderLine(line.id, { receivedQty: line.receivedQty });
  }
  await updateOrderProgress(order, lines);

  const supplierName = (await partnerNames([order.supplierId])).get(order.supplierId) ?? '';
  const summary = `采购入库 ${number} ${supplierName}`.trim();
  // Non-stocked items (services) post the same role with item class `service`: the default rule
  // sends them to 1405; a company that expenses them adds a posting rule for that class.
  const posting: PostingLine[] = [
    ...rows.map((r) => ({ role: 'inventory', side: 'debit' as const, amount: r.net, itemCategory: items.get(r.itemId)?.itemClass ?? null, itemId: r.itemId })),
    { role: 'goodsReceivedNotInvoiced', side: 'credit', amount: netAmount, partnerId: order.supplierId },
  ];
  // Free goods (price 0) carry no value: stock moves in, but there is nothing to post.
  if (!new Decimal(netAmount).isZero()) {
    const voucher = await postDocument({ source, date, summary, lines: posting });
    await setReceiptVoucher(receiptId, voucher.voucherId);
  }
  await linkDocuments({ from: { type: orderDocType, id: order.id, number: order.number }, to: source, relation: 'receives' });
  await recordAudit({ entity: receiptDocType, entityId: receiptId, action: 'create', after: { number, orderId: order.id, netAmount } });

  const requestIds = await requestIdsOfOrderLines(rows.map((r) => r.orderLineId));
  emit('procurement.receipt.posted', {
    receiptId, number, orderId: order.id, orderNumber: order.number, supplierId: order.supplierId, warehouseId: order.warehouseId,
    requestIds, receivedBy: actor().userId ?? null,
  });
  for (const id of requestIds) await refreshRequestStatus(id);
  return { receiptId, number };
}
