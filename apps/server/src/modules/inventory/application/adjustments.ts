import Decimal from 'decimal.js';
import type { CreateAdjustmentRequest, StockDocumentResult } from '@triad/contracts';
import { newId } from '../../../platform/db/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { nextNumber } from '../../../platform/numbering/index.ts';
import { resolveItemLines } from '../../catalog/index.ts';
import { assertWarehouse } from '../infra/catalog.gateway.ts';
import { applyStockMoves } from './apply-stock-moves.ts';
import { postDifferenceVoucher } from './difference-voucher.ts';
import { inventoryDocTypes } from './doc-types.ts';

/**
 * 库存调整 (报损/报溢): stock moves at cost plus one voucher against 1901 待处理财产损溢, in the
 * caller's unit of work — a refused line (e.g. losing more than is on hand) writes nothing.
 */
export async function createAdjustment(input: CreateAdjustmentRequest): Promise<StockDocumentResult> {
  await assertWarehouse(input.warehouseId);
  const resolved = await resolveItemLines(input.lines.map((l) => ({ itemId: l.itemId, unitId: l.unitId ?? null, quantity: new Decimal(l.quantity).abs().toString() })));
  const id = newId();
  const number = await nextNumber(inventoryDocTypes.adjustment);
  const source = { type: inventoryDocTypes.adjustment, id, number };
  const applied = await applyStockMoves(resolved.map((r, i) => {
    const line = input.lines[i]!;
    const negative = new Decimal(line.quantity).isNegative();
    // A cost is given per entered unit; the ledger keeps it per base unit.
    const unitCost = !negative && line.unitCost != null ? new Decimal(line.unitCost).div(r.factor).toString() : null;
    return {
      kind: 'adjustment' as const, itemId: r.item.id, warehouseId: input.warehouseId, date: input.date, source,
      sourceLineId: String(i + 1), quantity: negative ? `-${r.baseQuantity}` : r.baseQuantity, unitCost, note: line.note ?? input.reason,
    };
  }));
  const classOf = new Map(resolved.map((r) => [r.item.id, r.item.itemClass]));
  const voucher = await postDifferenceVoucher({
    source, date: input.date, summary: `库存调整 ${number}：${input.reason}`,
    lines: applied.map((m) => ({ itemId: m.itemId, itemClass: classOf.get(m.itemId) ?? 'goods', value: m.value })),
  });
  await recordAudit({ entity: 'stockAdjustment', entityId: id, action: 'create', after: { number, ...input } });
  return { id, number, date: input.date, voucherId: voucher?.voucherId ?? null, voucherNumber: voucher?.number ?? null, moves: applied };
}
