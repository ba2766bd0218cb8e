import Decimal from 'decimal.js';
import { inventoryErrors } from '../inventory.errors.ts';
import { addIncoming, balancesOf, ensureBalances, lockBalances, setAllowNegative, sortedKeys, balanceKey } from '../infra/balances.repository.ts';
import { itemFacts } from '../infra/catalog.gateway.ts';

export interface StockLevel {
  itemId: string;
  warehouseId: string;
  onHand: string;
  reserved: string;
  /** On hand − reserved. */
  available: string;
  incoming: string;
  value: string;
  avgCost: string;
}

/** Balances of these items (all warehouses, or one), in the caller's unit of work. */
export async function stockOf(itemIds: readonly string[], warehouseId?: string): Promise<StockLevel[]> {
  const rows = await balancesOf(itemIds, warehouseId);
  return rows.map((r) => ({
    itemId: r.itemId, warehouseId: r.warehouseId, onHand: r.onHand, reserved: r.reserved,
    available: new Decimal(r.onHand).minus(r.reserved).toFixed(4), incoming: r.incoming, value: r.value, avgCost: r.avgCost,
  }));
}

/**
 * 在途: purchase orders raise incoming, receipts and cancellations lower it (signed deltas in the
 * base unit). It never goes below zero — closing an order clamps at nothing left.
 */
export async function adjustIncoming(lines: readonly { itemId: string; warehouseId: string; quantity: string }[]): Promise<void> {
  if (lines.length === 0) return;
  const deltas = new Map<string, Decimal>();
  for (const [i, l] of lines.entries()) {
    let d: Decimal;
    try { d = new Decimal(l.quantity); } catch { throw inventoryErrors['inventory.move.invalid']({ reason: 'quantity' }, { line: i + 1, reason: 'quantity' }); }
    if (!d.isFinite()) throw inventoryErrors['inventory.move.invalid']({ reason: 'quantity' }, { line: i + 1, reason: 'quantity' });
    const k = balanceKey(l);
    deltas.set(k, (deltas.get(k) ?? new Decimal(0)).plus(d));
  }
  const facts = await itemFacts(lines.map((l) => l.itemId));
  // Non-stocked lines (services) have no balance to raise.
  const keys = sortedKeys(lines).filter((k) => facts.get(k.itemId)?.stocked);
  await ensureBalances(keys, (itemId) => facts.get(itemId)?.allowNegative ?? false);
  await lockBalances(keys);
  for (const k of keys) {
    const d = deltas.get(balanceKey(k))!;
    if (!d.isZero()) await addIncoming(k, d.toFixed(4));
  }
}

/** Copies the item's allow-negative flag to its balances, where the database CHECK reads it. */
export async function syncAllowNegative(itemId: string, allow: boolean): Promise<void> {
  await setAllowNegative(itemId, allow);
}
