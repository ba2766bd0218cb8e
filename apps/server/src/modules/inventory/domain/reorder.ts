import Decimal from 'decimal.js';

/**
 * 建议采购量: the rule's fixed reorder quantity when set, else enough to bring available plus
 * incoming back to reorder point + safety stock. Never negative.
 */
export function suggestedReorderQty(r: { reorderQty: string | null; reorderPoint: string; safetyStock: string; available: string; incoming: string }): Decimal {
  if (r.reorderQty !== null) return new Decimal(r.reorderQty);
  const gap = new Decimal(r.reorderPoint).plus(r.safetyStock).minus(r.available).minus(r.incoming);
  return Decimal.max(gap, 0);
}
