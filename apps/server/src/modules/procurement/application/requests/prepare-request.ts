import Decimal from 'decimal.js';
import type { CreatePurchaseRequestBody } from '@triad/contracts';
import { newId } from '../../../../platform/db/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { assertWarehouse, resolveItemLines } from '../../../catalog/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import type { purchaseRequestLines } from '../../infra/procurement.tables.ts';

/**
 * Checks a request's lines through the catalog (unknown item or unit, zero quantity → 422 naming
 * the line), its chosen suppliers and warehouse, and estimates each line: the requester's price,
 * else the item's purchase price (per base unit, converted to the line unit).
 */
export async function prepareRequest(requestId: string, input: CreatePurchaseRequestBody) {
  if (input.warehouseId) await assertWarehouse(input.warehouseId);
  for (const supplierId of new Set(input.lines.flatMap((l) => (l.supplierId ? [l.supplierId] : [])))) await assertPartner(supplierId, 'supplier');
  const resolved = await resolveItemLines(input.lines.map((l) => ({ itemId: l.itemId, unitId: l.unitId ?? null, quantity: l.quantity })));
  const lines: (typeof purchaseRequestLines.$inferInsert)[] = resolved.map((r, i) => {
    const given = input.lines[i]!;
    const estimate = given.estimatedPrice ?? (r.item.purchasePrice ? new Decimal(r.item.purchasePrice).times(r.factor).toDecimalPlaces(6).toFixed(6) : null);
    const amount = estimate ? new Decimal(r.quantity).times(estimate).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2) : '0.00';
    return {
      id: newId(), tenantId: actor().tenantId, requestId, lineNo: i + 1, itemId: r.item.id, unitId: r.unitId, quantity: r.quantity,
      baseQuantity: r.baseQuantity, estimatedPrice: given.estimatedPrice ?? null, amount, supplierId: given.supplierId ?? null, note: given.note ?? null,
    };
  });
  const estimatedAmount = lines.reduce((s, l) => s.plus(l.amount ?? '0'), new Decimal(0)).toFixed(2);
  return { lines, estimatedAmount };
}
