import Decimal from 'decimal.js';
import type { BillMatchResult, CreateSupplierBillRequest, SupplierBill } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { emit } from '../../../../platform/events/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { nextNumber } from '../../../../platform/numbering/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { postDocument, recordOpenItem, type PostingLine } from '../../../finance/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import { refreshRequestStatus, requestIdsOfOrderLines } from '../requests/index.ts';
import { billErrors } from '../../bills.errors.ts';
import { addBilledToOrderLine, addBilledToReceiptLine, insertBill, updateBillRow } from './bills.repository.ts';
import { getSupplierBill } from './bill-view.ts';
import { billDocType } from './doc-types.ts';
import { runBillMatch } from './match-bill.ts';

/**
 * The bill's voucher (采购发票):
 *   Dr 2202 应付账款-暂估 (goodsReceivedNotInvoiced)  the receipts' net it clears
 *   Dr 22210101 进项税额 (vatInput)                    per tax rate
 *   Dr/Cr 6401 主营业务成本 (cogs)                     price variance within tolerance (net − 暂估)
 *   Cr 2202 应付账款 (payable)                        the gross, an open item of the supplier
 */
function billPostingLines(supplierId: string, match: BillMatchResult): PostingLine[] {
  const taxByRate = new Map<string, Decimal>();
  for (const l of match.lines) taxByRate.set(l.taxRate, (taxByRate.get(l.taxRate) ?? new Decimal(0)).plus(l.tax));
  const variance = new Decimal(match.totals.variance);
  return [
    { role: 'goodsReceivedNotInvoiced', side: 'debit', amount: match.totals.receivedNet, partnerId: supplierId },
    ...[...taxByRate].map(([rate, tax]): PostingLine => ({
      role: 'vatInput', side: 'debit', amount: tax.toFixed(2), taxRate: new Decimal(rate).dividedBy(100).toFixed(),
    })),
    { role: 'cogs', side: variance.gte(0) ? 'debit' : 'credit', amount: variance.abs().toFixed(2), summary: '采购价差' },
    { role: 'payable', side: 'credit', amount: match.totals.gross, partnerId: supplierId },
  ];
}

/**
 * 录入供应商发票: three-way match first — any mismatch is a 409 with the per-line result and
 * nothing is written; then the bill, its voucher, the payable open item, billed quantities on the
 * receipt and order lines, receipt → bill in the chain, and `procurement.bill.posted` (the flow
 * raises the payment request from it).
 */
export async function createSupplierBill(input: CreateSupplierBillRequest): Promise<SupplierBill> {
  const supplier = await assertPartner(input.supplierId, 'supplier');
  if (input.dueDate && input.dueDate < input.billDate) throw billErrors['procurement.bill.dueBeforeBill']();
  const { result, facts } = await runBillMatch(input, true);
  if (!result.ok) throw billErrors['procurement.bill.mismatch'](undefined, result);

  const id = newId();
  const number = await nextNumber(billDocType);
  const source = { type: billDocType, id, number };
  const createdBy = actor().userId ?? null;
  await insertBill({
    id, tenantId: actor().tenantId, number, supplierId: input.supplierId, invoiceNo: input.invoiceNo ?? null, billDate: input.billDate,
    dueDate: input.dueDate ?? null, status: 'posted', netAmount: result.totals.net, taxAmount: result.totals.tax, grossAmount: result.totals.gross,
    match: result.lines, createdBy, note: input.note ?? null,
  }, result.lines.map((l) => {
    const f = facts.get(l.receiptLineId);
    if (!f) throw new Error('matched line without facts');
    return {
      id: newId(), tenantId: actor().tenantId, billId: id, receiptLineId: l.receiptLineId, orderLineId: f.orderLineId, itemId: f.itemId,
      quantity: l.quantity, price: l.price, taxRate: l.taxRate, net: l.net, tax: l.tax, gross: l.gross, receivedNet: l.receivedNet,
    };
  }));

  for (const l of result.lines) {
    const f = facts.get(l.receiptLineId);
    if (!f) continue;
    // The lock taken by the match makes this hold; the condition is the last word all the same.
    if (!(await addBilledToReceiptLine(l.receiptLineId, l.quantity))) throw billErrors['procurement.bill.mismatch'](undefined, result);
    await addBilledToOrderLine(f.orderLineId, l.quantity);
  }
  const voucher = await postDocument({
    source, date: input.billDate, summary: `采购发票 ${number} ${supplier.name}`, lines: billPostingLines(input.supplierId, result),
  });
  const { openItemId } = await recordOpenItem({
    kind: 'payable', partnerId: input.supplierId, source, documentDate: input.billDate, dueDate: input.dueDate ?? null,
    amount: result.totals.gross, voucherId: voucher.voucherId, summary: `采购发票 ${number}${input.invoiceNo ? `（发票号 ${input.invoiceNo}）` : ''}`,
  });
  await updateBillRow(id, { voucherId: voucher.voucherId, openItemId });

  const receipts = new Map([...facts.values()].map((f) => [f.receiptId, f.receiptNumber]));
  for (const [receiptId, receiptNumber] of receipts) {
    await linkDocuments({ from: { type: 'purchaseReceipt', id: receiptId, number: receiptNumber }, to: source, relation: 'bills' });
  }
  const requestIds = await requestIdsOfOrderLines([...new Set([...facts.values()].map((f) => f.orderLineId))]);
  await emit('procurement.bill.posted', {
    billId: id, number, supplierId: input.supplierId, grossAmount: result.totals.gross, openItemId, createdBy, requestIds,
  });
  for (const requestId of requestIds) await refreshRequestStatus(requestId);
  await recordAudit({ entity: billDocType, entityId: id, action: 'create', after: { number, supplierId: input.supplierId, grossAmount: result.totals.gross } });
  return getSupplierBill(id);
}
