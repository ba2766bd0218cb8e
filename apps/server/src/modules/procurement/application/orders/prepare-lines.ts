import { newId } from '../../../../platform/db/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { resolveItemLines } from '../../../catalog/index.ts';
import { orderErrors } from '../../orders.errors.ts';
import type { purchaseOrderLines } from '../../infra/procurement.tables.ts';
import { requestLinesByIds } from '../../infra/requests.repository.ts';
import { lineMoney, sumMoney, type LineMoney } from './order-amounts.ts';

export interface OrderLineInput {
  itemId: string;
  unitId?: string | null;
  quantity: string;
  /** Tax-inclusive unit price per line unit. */
  price: string;
  /** Percent; default the item's rate. */
  taxRate?: string | null;
  expectedDate?: string | null;
  requestLineId?: string | null;
}

export interface PreparedLines {
  rows: (typeof purchaseOrderLines.$inferInsert)[];
  totals: LineMoney;
  /** Base quantities per item, for incoming. */
  incoming: { itemId: string; quantity: string; stocked: boolean }[];
}

/**
 * Checks items, units and quantities through the catalog (unknown item or unit, zero quantity →
 * 422 naming the line), ties lines to their request lines and prices them.
 */
export async function prepareOrderLines(orderId: string, lines: readonly OrderLineInput[]): Promise<PreparedLines> {
  const resolved = await resolveItemLines(lines.map((l) => ({ itemId: l.itemId, unitId: l.unitId ?? null, quantity: l.quantity })));
  const requestLines = new Map((await requestLinesByIds(lines.flatMap((l) => (l.requestLineId ? [l.requestLineId] : [])))).map((r) => [r.id, r]));
  const rows = resolved.map((r, i) => {
    const input = lines[i] as OrderLineInput;
    if (input.requestLineId && requestLines.get(input.requestLineId)?.itemId !== r.item.id) {
      throw orderErrors['procurement.order.requestLineMismatch']({ line: i + 1 }, { line: i + 1, requestLineId: input.requestLineId });
    }
    const taxRate = input.taxRate ?? r.item.taxRate;
    const money = lineMoney(r.quantity, input.price, taxRate);
    return {
      id: newId(), tenantId: actor().tenantId, orderId, lineNo: i + 1, itemId: r.item.id, unitId: r.unitId, unitFactor: r.factor,
      quantity: r.quantity, price: input.price, taxRate, ...money, requestLineId: input.requestLineId ?? null, expectedDate: input.expectedDate ?? null,
    };
  });
  return {
    rows,
    totals: sumMoney(rows),
    incoming: resolved.map((r) => ({ itemId: r.item.id, quantity: r.baseQuantity, stocked: r.item.stocked })),
  };
}
