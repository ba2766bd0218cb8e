import type { AwardRfqRequest, Rfq } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { linkDocuments } from '../../../../platform/links/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { defaultWarehouse } from '../../../catalog/index.ts';
import { findRequest } from '../../infra/requests.repository.ts';
import { createPurchaseOrder, orderDocType } from '../orders/index.ts';
import { sourcingErrors } from '../../sourcing.errors.ts';
import { addDays, todayInChina } from './dates.ts';
import { rfqDocType } from './doc-types.ts';
import { findRfq, linesOfRfq, markChosen, quotesOfRfq, updateRfqRow } from './rfqs.repository.ts';
import { getRfq } from './rfq-view.ts';
import { findSameTier, insertSupplierPrice, updateSupplierPriceRow } from './supplier-prices.query.ts';

/** The awarded price becomes the supplier's list price for the item (from quantity 0, from today). */
async function writePriceList(rfqId: string, q: { supplierId: string; price: string; taxRate: string; leadTimeDays: number }, line: { itemId: string; unitId: string }): Promise<void> {
  const existing = await findSameTier(q.supplierId, line.itemId, line.unitId, '0');
  const values = { price: q.price, taxRate: q.taxRate, leadTimeDays: q.leadTimeDays, sourceRfqId: rfqId, validFrom: todayInChina(), validTo: null };
  if (existing) await updateSupplierPriceRow(existing.id, values);
  else await insertSupplierPrice({ id: newId(), tenantId: actor().tenantId, supplierId: q.supplierId, itemId: line.itemId, unitId: line.unitId, minQty: '0', ...values });
}

/**
 * 定标: the chosen quote of each line wins; one draft purchase order per winning supplier (the
 * buyer submits it for approval by amount), rfq → order in the chain, the RFQ awarded. Lines
 * with no chosen quote are not ordered.
 */
export async function awardRfq(id: string, input: AwardRfqRequest): Promise<Rfq> {
  const rfq = await findRfq(id, true);
  if (!rfq) throw sourcingErrors['procurement.rfq.notFound']();
  if (rfq.status !== 'sent') throw sourcingErrors['procurement.rfq.badStatus']({ status: rfq.status }, { status: rfq.status });
  // One client per unit of work: one query at a time.
  const lines = await linesOfRfq(id);
  const quotes = await quotesOfRfq(id);
  const lineById = new Map(lines.map((l) => [l.id, l]));
  const quoteById = new Map(quotes.map((q) => [q.id, q]));
  const chosen = [...new Set(input.quoteIds)].map((quoteId) => {
    const q = quoteById.get(quoteId);
    if (!q) throw sourcingErrors['procurement.rfq.quoteNotFound'](undefined, { quoteId });
    return q;
  });
  const awardedLines = new Set<string>();
  for (const q of chosen) {
    if (awardedLines.has(q.rfqLineId)) throw sourcingErrors['procurement.rfq.twoQuotesForLine'](undefined, { rfqLineId: q.rfqLineId });
    awardedLines.add(q.rfqLineId);
  }
  const request = rfq.requestId ? await findRequest(rfq.requestId) : undefined;
  const warehouseId = input.warehouseId ?? rfq.warehouseId ?? request?.warehouseId ?? (await defaultWarehouse())?.id;
  if (!warehouseId) throw sourcingErrors['procurement.rfq.warehouseRequired']();

  const bySupplier = new Map<string, typeof chosen>();
  for (const q of chosen) bySupplier.set(q.supplierId, [...(bySupplier.get(q.supplierId) ?? []), q]);
  const today = todayInChina();
  const rfqRef = { type: rfqDocType, id: rfq.id, number: rfq.number };
  for (const [supplierId, won] of bySupplier) {
    // Only an order buying request lines belongs to the request (and shows in its status).
    const forRequest = won.some((q) => lineById.get(q.rfqLineId)?.requestLineId);
    const order = await createPurchaseOrder({
      supplierId, warehouseId, rfqId: rfq.id, requestId: forRequest ? rfq.requestId : null, status: 'draft',
      expectedDate: input.expectedDate ?? null, note: `询价单 ${rfq.number} 定标`,
      lines: won.map((q) => {
        const line = lineById.get(q.rfqLineId)!;
        return {
          itemId: line.itemId, unitId: line.unitId, quantity: line.quantity, price: q.price, taxRate: q.taxRate,
          expectedDate: input.expectedDate ?? addDays(today, q.leadTimeDays), requestLineId: line.requestLineId,
        };
      }),
    });
    await linkDocuments({ from: rfqRef, to: { type: orderDocType, id: order.orderId, number: order.number }, relation: 'orders' });
    if (input.updatePriceList) for (const q of won) await writePriceList(rfq.id, q, lineById.get(q.rfqLineId)!);
  }
  await markChosen(chosen.map((q) => q.id));
  await updateRfqRow(id, { status: 'awarded', awardedAt: new Date() });
  await recordAudit({ entity: rfqDocType, entityId: id, action: 'award', after: { quotes: chosen.length, suppliers: bySupplier.size } });
  return getRfq(id);
}
