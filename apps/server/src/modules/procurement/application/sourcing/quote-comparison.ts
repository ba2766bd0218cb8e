import Decimal from 'decimal.js';
import type { RfqComparison } from '@triad/contracts';

export interface ComparedLine { id: string; lineNo: number; itemId: string; itemCode: string; itemName: string; unitName: string; quantity: string }
export interface ComparedQuote { id: string; rfqLineId: string; supplierId: string; price: string; taxRate: string; leadTimeDays: number; chosen: boolean }

const money = (d: Decimal): string => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);

/**
 * 比价: a matrix of RFQ lines × invited suppliers. Per line the lowest price is marked cheapest
 * and the shortest lead time fastest (ties: every supplier sharing the best value is marked, the
 * first invited one is named); per supplier the total of what it quoted and whether it quoted
 * every line; and the total of the best mix (cheapest quote of each line).
 */
export function compareQuotes(rfqId: string, suppliers: readonly { id: string; name: string }[], lines: readonly ComparedLine[], quotes: readonly ComparedQuote[]): RfqComparison {
  const quoteOf = new Map(quotes.map((q) => [`${q.rfqLineId}:${q.supplierId}`, q]));
  const totals = new Map(suppliers.map((s) => [s.id, { total: new Decimal(0), quoted: 0, cheapest: 0 }]));
  let bestMix = new Decimal(0);
  const outLines = lines.map((line) => {
    const quoted = suppliers.flatMap((s) => { const q = quoteOf.get(`${line.id}:${s.id}`); return q ? [q] : []; });
    const minPrice = quoted.length ? Decimal.min(...quoted.map((q) => new Decimal(q.price))) : null;
    const minLead = quoted.length ? Math.min(...quoted.map((q) => q.leadTimeDays)) : null;
    if (minPrice) bestMix = bestMix.plus(minPrice.times(line.quantity));
    const cells = suppliers.map((s) => {
      const q = quoteOf.get(`${line.id}:${s.id}`);
      if (!q) return { supplierId: s.id, quoteId: null, price: null, taxRate: null, leadTimeDays: null, amount: null, cheapest: false, fastest: false, chosen: false };
      const amount = new Decimal(q.price).times(line.quantity);
      const cheapest = minPrice !== null && new Decimal(q.price).eq(minPrice);
      const t = totals.get(s.id);
      if (t) { t.total = t.total.plus(amount); t.quoted += 1; if (cheapest) t.cheapest += 1; }
      return {
        supplierId: s.id, quoteId: q.id, price: q.price, taxRate: q.taxRate, leadTimeDays: q.leadTimeDays, amount: money(amount),
        cheapest, fastest: minLead !== null && q.leadTimeDays === minLead, chosen: q.chosen,
      };
    });
    return {
      rfqLineId: line.id, lineNo: line.lineNo, itemId: line.itemId, itemCode: line.itemCode, itemName: line.itemName, unitName: line.unitName,
      quantity: line.quantity,
      cheapestSupplierId: cells.find((c) => c.cheapest)?.supplierId ?? null,
      fastestSupplierId: cells.find((c) => c.fastest)?.supplierId ?? null,
      cells,
    };
  });
  return {
    rfqId,
    suppliers: suppliers.map((s) => {
      const t = totals.get(s.id) ?? { total: new Decimal(0), quoted: 0, cheapest: 0 };
      return { supplierId: s.id, supplierName: s.name, total: money(t.total), quotedLines: t.quoted, complete: lines.length > 0 && t.quoted === lines.length, cheapestLines: t.cheapest };
    }),
    lines: outLines,
    bestMixTotal: money(bestMix),
  };
}
