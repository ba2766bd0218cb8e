import type { CreateTransferRequest, StockDocumentResult } from '@triad/contracts';
import { newId } from '../../../platform/db/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { nextNumber } from '../../../platform/numbering/index.ts';
import { resolveItemLines } from '../../catalog/index.ts';
import { inventoryErrors } from '../inventory.errors.ts';
import { assertWarehouse } from '../infra/catalog.gateway.ts';
import { applyStockMoves, type StockMoveInput } from './apply-stock-moves.ts';
import { inventoryDocTypes } from './doc-types.ts';

/**
 * 调拨: two legs per line with one transfer id — out of the source warehouse at its cost, into
 * the destination at exactly that cost, so the company's stock value does not change.
 */
export async function createTransfer(input: CreateTransferRequest): Promise<StockDocumentResult> {
  if (input.fromWarehouseId === input.toWarehouseId) throw inventoryErrors['inventory.transfer.sameWarehouse']();
  await assertWarehouse(input.fromWarehouseId);
  await assertWarehouse(input.toWarehouseId);
  const resolved = await resolveItemLines(input.lines.map((l) => ({ itemId: l.itemId, unitId: l.unitId ?? null, quantity: l.quantity })));
  const id = newId();
  const number = await nextNumber(inventoryDocTypes.transfer);
  const source = { type: inventoryDocTypes.transfer, id, number };
  const moves: StockMoveInput[] = resolved.flatMap((r, i) => {
    const common = { kind: 'transfer' as const, itemId: r.item.id, date: input.date, source, sourceLineId: String(i + 1), transferId: id, note: input.lines[i]?.note ?? input.note ?? null };
    return [
      { ...common, warehouseId: input.fromWarehouseId, quantity: `-${r.baseQuantity}` },
      { ...common, warehouseId: input.toWarehouseId, quantity: r.baseQuantity },
    ];
  });
  const applied = await applyStockMoves(moves);
  await recordAudit({ entity: 'stockTransfer', entityId: id, action: 'create', after: { number, ...input } });
  return { id, number, date: input.date, voucherId: null, voucherNumber: null, moves: applied };
}
