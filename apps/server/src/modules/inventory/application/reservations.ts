import Decimal from 'decimal.js';
import { inventoryErrors } from '../inventory.errors.ts';
import { balancesOf, reserveOnBalance, unreserveOnBalance } from '../infra/balances.repository.ts';
import { findReservation, updateReservation } from '../infra/reservations.repository.ts';

export interface ReserveStockInput {
  itemId: string;
  warehouseId: string;
  /** Base unit, > 0. */
  quantity: string;
  source: { type: string; id: string };
  sourceLineId?: string | null;
}

function positive(quantity: string): Decimal {
  let q: Decimal;
  try { q = new Decimal(quantity); } catch { throw inventoryErrors['inventory.move.invalid']({ reason: 'quantity' }, { reason: 'quantity' }); }
  if (!q.isFinite() || q.lte(0) || q.decimalPlaces() > 4) throw inventoryErrors['inventory.move.invalid']({ reason: 'quantity' }, { reason: 'quantity' });
  return q;
}

/**
 * 预留: promises stock to a document line. One conditional UPDATE decides (see
 * reserveOnBalance), so any number of concurrent callers never promise more than is on hand.
 */
export async function reserveStock(input: ReserveStockInput): Promise<{ reservationId: string }> {
  const quantity = positive(input.quantity).toFixed(4);
  const reservationId = await reserveOnBalance({
    itemId: input.itemId, warehouseId: input.warehouseId, quantity,
    sourceType: input.source.type, sourceId: input.source.id, sourceLineId: input.sourceLineId ?? null,
  });
  if (!reservationId) {
    const [row] = await balancesOf([input.itemId], input.warehouseId);
    const available = row ? Decimal.max(new Decimal(row.onHand).minus(row.reserved), 0).toFixed(4) : '0.0000';
    throw inventoryErrors['inventory.stock.insufficient'](undefined, { itemId: input.itemId, warehouseId: input.warehouseId, requested: quantity, available });
  }
  return { reservationId };
}

/** Gives a reservation's stock back; releasing one that is no longer active changes nothing. */
export async function releaseReservation(id: string): Promise<void> {
  const row = await findReservation(id, true);
  if (!row) throw inventoryErrors['inventory.reservation.notFound'](undefined, { reservationId: id });
  if (row.status !== 'active') return;
  await updateReservation(id, { status: 'released' });
  await unreserveOnBalance(row, row.quantity);
}
