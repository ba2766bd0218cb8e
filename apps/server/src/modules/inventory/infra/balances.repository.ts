import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { newId } from '../../../platform/db/index.ts';
import { actor, tx } from '../../../platform/tx/index.ts';
import { stockBalances } from './inventory.tables.ts';

export type BalanceRow = typeof stockBalances.$inferSelect;
export interface BalanceKey { itemId: string; warehouseId: string }

export const balanceKey = (k: BalanceKey): string => `${k.itemId}|${k.warehouseId}`;
export const ownBalances = (): SQL => eq(stockBalances.tenantId, actor().tenantId);

/** Sorted, distinct keys: every writer takes balance locks in this one order, so none deadlock. */
export function sortedKeys(keys: readonly BalanceKey[]): BalanceKey[] {
  const byKey = new Map(keys.map((k) => [balanceKey(k), { itemId: k.itemId, warehouseId: k.warehouseId }]));
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, k]) => k);
}

/** Creates the balance rows that do not exist yet (zero, with the item's allow-negative flag). */
export async function ensureBalances(keys: readonly BalanceKey[], allowNegative: (itemId: string) => boolean): Promise<void> {
  if (keys.length === 0) return;
  const tenantId = actor().tenantId;
  await tx().insert(stockBalances)
    .values(sortedKeys(keys).map((k) => ({ tenantId, itemId: k.itemId, warehouseId: k.warehouseId, allowNegative: allowNegative(k.itemId) })))
    .onConflictDoNothing();
}

/** Locks the balance rows (FOR UPDATE, in key order) and returns them by key. */
export async function lockBalances(keys: readonly BalanceKey[]): Promise<Map<string, BalanceRow>> {
  const out = new Map<string, BalanceRow>();
  // One statement per row keeps the lock order exactly the sorted order.
  for (const k of sortedKeys(keys)) {
    const [row] = await tx().select().from(stockBalances)
      .where(and(ownBalances(), eq(stockBalances.itemId, k.itemId), eq(stockBalances.warehouseId, k.warehouseId)))
      .for('update');
    if (row) out.set(balanceKey(row), row);
  }
  return out;
}

export async function updateBalance(k: BalanceKey, changes: Partial<typeof stockBalances.$inferInsert>): Promise<void> {
  await tx().update(stockBalances).set({ ...changes, updatedAt: new Date() })
    .where(and(ownBalances(), eq(stockBalances.itemId, k.itemId), eq(stockBalances.warehouseId, k.warehouseId)));
}

export async function balancesOf(itemIds: readonly string[], warehouseId?: string): Promise<BalanceRow[]> {
  if (itemIds.length === 0) return [];
  return tx().select().from(stockBalances)
    .where(and(ownBalances(), inArray(stockBalances.itemId, [...itemIds]), warehouseId ? eq(stockBalances.warehouseId, warehouseId) : undefined))
    .orderBy(asc(stockBalances.itemId), asc(stockBalances.warehouseId));
}

/**
 * Reserves with one conditional UPDATE: the row lock and the `on_hand − reserved ≥ qty` test are
 * one step, so concurrent reservations can never promise the same unit twice. The reservation
 * row is written by the same statement, so the hot balance row stays locked for as short a time
 * as possible (until COMMIT). Returns the reservation id, or null when not enough is available.
 */
export async function reserveOnBalance(r: BalanceKey & { quantity: string; sourceType: string; sourceId: string; sourceLineId: string | null }): Promise<string | null> {
  const id = newId();
  const tenantId = actor().tenantId;
  const result = await tx().execute(sql`
    with granted as (
      update stock_balances set reserved = reserved + ${r.quantity}::numeric, updated_at = now()
      where tenant_id = ${tenantId} and item_id = ${r.itemId} and warehouse_id = ${r.warehouseId}
        and (allow_negative or on_hand - reserved >= ${r.quantity}::numeric)
      returning tenant_id, item_id, warehouse_id)
    insert into stock_reservations (id, tenant_id, item_id, warehouse_id, quantity, source_type, source_id, source_line_id)
    select ${id}, tenant_id, item_id, warehouse_id, ${r.quantity}::numeric, ${r.sourceType}, ${r.sourceId}, ${r.sourceLineId} from granted
    returning id`);
  return result.rows.length > 0 ? id : null;
}

/** Gives reserved quantity back (never below zero). */
export async function unreserveOnBalance(k: BalanceKey, quantity: string): Promise<void> {
  await tx().update(stockBalances)
    .set({ reserved: sql`greatest(${stockBalances.reserved} - ${quantity}::numeric, 0)`, updatedAt: new Date() })
    .where(and(ownBalances(), eq(stockBalances.itemId, k.itemId), eq(stockBalances.warehouseId, k.warehouseId)));
}

/** Adds a signed delta to incoming, clamped at zero (closing an order never goes below nothing). */
export async function addIncoming(k: BalanceKey, delta: string): Promise<void> {
  await tx().update(stockBalances)
    .set({ incoming: sql`greatest(${stockBalances.incoming} + ${delta}::numeric, 0)`, updatedAt: new Date() })
    .where(and(ownBalances(), eq(stockBalances.itemId, k.itemId), eq(stockBalances.warehouseId, k.warehouseId)));
}

export async function setAllowNegative(itemId: string, allow: boolean): Promise<void> {
  await tx().update(stockBalances).set({ allowNegative: allow, updatedAt: new Date() })
    .where(and(ownBalances(), eq(stockBalances.itemId, itemId)));
}
