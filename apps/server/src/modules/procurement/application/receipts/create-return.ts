import Decimal from 'decimal.js';
import type { CreatePurchaseReturnBody } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { emit } from '../../../../platform/events/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { itemsByIds } from '../../../catalog/index.ts';
import { postDocument, type PostingLine } from '../../../finance/index.ts';
import { applyStockMoves } from '../../../inventory/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { receiptErrors } from '../../receipts.errors.ts';
import { todayInChina } from '../../domain/dates.ts';
import { findOrder, orderLines, updateOrderLine } from '../../infra/orders.repository.ts';
import { addReturnedToReceiptLine, findReceipt, insertReturn, receiptLines, setReturnVoucher } from '../../infra/receipts.repository.ts';
import { toBase } from '../orders/order-amounts.ts';
import { refreshRequestStatus, requestIdsOfOrderLines } from '../requests/refresh-request-status.ts';
import { receiptDocType, returnDocType } from './doc-types.ts';
import { updateOrderProgress } from './order-progress.ts';

/**
 * 采购退货: goods from one receipt go back to the supplier — never more than was received and not
 * yet returned. Stock goes out at the receipt's cost, and the voucher reverses the receipt's:
 * Dr 2202 应付账款 (暂估, supplier) / Cr 1403/1405, by the value that actually left stock.
 */
export async function createReturn(input: CreatePurchaseReturnBody): Promise<{ returnId: string; number: string }> {
  const receipt = await findReceipt(input.receiptId, true);
  if (!receipt) throw receiptErrors['procurement.receipt.notFound']();
  if (receipt.status !== 'posted') throw receiptErrors['procurement.return.receiptCancelled']();
  const order = (await findOrder(receipt.orderId, true))!;
  const lines = await receiptLines(receipt.id);
  const byId = new Map(lines.map((l) => [l.id, l]));
  if (new Set(input.lines.map((l) => l.receiptLineId)).size !== input.lines.length) throw receiptErrors['procurement.return.duplicateLine']();
  const over: { line: number; receiptLineId: string; quantity: string; returnable: string }[] = [];
  const picked = input.lines.map((given, i) => {
    const line = byId.get(given.receiptLineId);
    if (!line) throw receiptErrors['procurement.return.unknownReceiptLine']({ line: i + 1 }, { line: i + 1, receiptLineId: given.receiptLineId });
    const returnable = new Decimal(line.quantity).minus(line.returnedQty);
    if (new Decimal(given.quantity).gt(returnable)) over.push({ line: i + 1, receiptLineId: line.id, quantity: given.quantity, returnable: returnable.toFixed(4) });
    return { quantity: new Decimal(given.quantity).toFixed(4), line };
  });
  if (over.length) throw receiptErrors['procurement.return.overReturn'](undefined, { lines: over });

  const returnId = newId();
  const number = await nextNumber(returnDocType);
  const date = input.returnDate ?? todayInChina();
  const source = { type: returnDocType, id: returnId, number };
  const items = await itemsByIds(picked.map((p) => p.line.itemId));
  const ordered = new Map((await orderLines(order.id)).map((l) => [l.id, l]));
  const rows = picked.map(({ quantity, line }) => {
    const factor = ordered.get(line.orderLineId)?.unitFactor ?? new Decimal(line.baseQuantity).div(line.quantity).toString();
    return {
      id: newId(), tenantId: actor().tenantId, returnId, receiptLineId: line.id, orderLineId: line.orderLineId, itemId: line.itemId, unitId: line.unitId,
      quantity, baseQuantity: toBase(quantity, factor), unitCost: line.unitCost,
      // The receipt's value of these goods, pro rata; replaced by what left stock below.
      net: new Decimal(line.net).times(quantity).div(line.quantity).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
    };
  });
  // Out at the receipt's cost per base unit (moving average honours it; FIFO takes its layers).
  const stocked = rows.filter((r) => items.get(r.itemId)?.stocked);
  const moved = await applyStockMoves(stocked.map((r) => {
    const receiptLine = byId.get(r.receiptLineId)!;
    return {
      kind: 'issue' as const, itemId: r.itemId, warehouseId: receipt.warehouseId, locationId: receiptLine.locationId, quantity: `-${r.baseQuantity}`,
      unitCost: new Decimal(receiptLine.net).div(receiptLine.baseQuantity).toString(), date, source, sourceLineId: r.id,
    };
  }));
  stocked.forEach((r, i) => { r.net = new Decimal(moved[i]!.value).abs().toFixed(2); });
  const netAmount = rows.reduce((s, r) => s.plus(r.net), new Decimal(0)).toFixed(2);
  await insertReturn({
    id: returnId, tenantId: actor().tenantId, number, receiptId: receipt.id, orderId: order.id, supplierId: receipt.supplierId,
    warehouseId: receipt.warehouseId, returnDate: date, status: 'posted', reason: input.reason, netAmount, createdBy: actor().userId ?? null,
  }, rows);

  for (const { quantity, line } of picked) {
    await addReturnedToReceiptLine(line.id, new Decimal(line.returnedQty).plus(quantity).toFixed(4));
    const orderLine = ordered.get(line.orderLineId);
    if (orderLine) {
      orderLine.returnedQty = new Decimal(orderLine.returnedQty).plus(quantity).toFixed(4);
      await updateOrderLine(orderLine.id, { returnedQty: orderLine.returnedQty });
    }
  }
  await updateOrderProgress(order, [...ordered.values()]);

  const supplierName = (await partnerNames([receipt.supplierId])).get(receipt.supplierId) ?? '';
  const posting: PostingLine[] = [
    { role: 'goodsReceivedNotInvoiced', side: 'debit', amount: netAmount, partnerId: receipt.supplierId },
    ...rows.map((r) => ({ role: 'inventory', side: 'credit' as const, amount: r.net, itemCategory: items.get(r.itemId)?.itemClass ?? null, itemId: r.itemId })),
  ];
  if (!new Decimal(netAmount).isZero()) {
    const voucher = await postDocument({ source, date, summary: `采购退货 ${number} ${supplierName}`.trim(), lines: posting });
    await setReturnVoucher(returnId, voucher.voucherId);
  }
  await linkDocuments({ from: { type: receiptDocType, id: receipt.id, number: receipt.number }, to: source, relation: 'returns' });
  await recordAudit({ entity: returnDocType, entityId: returnId, action: 'create', after: { number, receiptId: receipt.id, netAmount } });
  emit('procurement.return.posted', { returnId, number, receiptId: receipt.id, supplierId: receipt.supplierId });
  for (const id of await requestIdsOfOrderLines(rows.map((r) => r.orderLineId))) await refreshRequestStatus(id);
  return { returnId, number };
}
