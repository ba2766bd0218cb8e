import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { items, units, warehouses } from '../../catalog/index.ts';
import { stockBalances, stockMoves } from './inventory.tables.ts';

/**
 * Per item: stock value before `from` and at the end of `to` (Σ move values — the ledger is
 * the balance), and the cost of goods issued in between. Returns to suppliers are not
 * consumption and are left out of the issued cost.
 */
export async function turnoverFigures(from: string, to: string, warehouseId?: string) {
  const m = stockMoves;
  return tx().select({
    itemId: m.itemId, itemCode: items.code, itemName: items.name,
    opening: sql<string>`coalesce(sum(${m.value}) filter (where ${m.moveDate} < ${from}), 0)::numeric(20,2)::text`,
    closing: sql<string>`coalesce(sum(${m.value}), 0)::numeric(20,2)::text`,
    issued: sql<string>`coalesce(-sum(${m.value}) filter (where ${m.moveDate} >= ${from} and ${m.kind} = 'issue' and ${m.quantity} < 0 and ${m.sourceType} <> 'purchaseReturn'), 0)::numeric(20,2)::text`,
  }).from(m)
    .innerJoin(items, eq(items.id, m.itemId))
    .where(and(eq(m.tenantId, actor().tenantId), sql`${m.moveDate} <= ${to}`, warehouseId ? eq(m.warehouseId, warehouseId) : undefined))
    .groupBy(m.itemId, items.code, items.name)
    .orderBy(asc(items.code));
}

/** Balances with stock on hand, with their last issue and first move dates. */
export async function heldStockWithLastIssue(warehouseId?: string) {
  const b = stockBalances;
  const lastIssue = sql<string | null>`(select max(${stockMoves.moveDate})::text from ${stockMoves} where ${stockMoves.tenantId} = ${b.tenantId}
    and ${stockMoves.itemId} = ${b.itemId} and ${stockMoves.warehouseId} = ${b.warehouseId} and ${stockMoves.kind} = 'issue' and ${stockMoves.quantity} < 0)`;
  const firstMove = sql<string | null>`(select min(${stockMoves.moveDate})::text from ${stockMoves} where ${stockMoves.tenantId} = ${b.tenantId}
    and ${stockMoves.itemId} = ${b.itemId} and ${stockMoves.warehouseId} = ${b.warehouseId})`;
  return tx().select({
    itemId: b.itemId, itemCode: items.code, itemName: items.name, unitName: units.name, warehouseId: b.warehouseId, warehouseName: warehouses.name,
    onHand: b.onHand, value: b.value, lastIssueDate: lastIssue, firstMoveDate: firstMove,
  }).from(b)
    .innerJoin(items, eq(items.id, b.itemId))
    .innerJoin(units, eq(units.id, items.baseUnitId))
    .innerJoin(warehouses, eq(warehouses.id, b.warehouseId))
    .where(and(eq(b.tenantId, actor().tenantId), gt(b.onHand, '0'), warehouseId ? eq(b.warehouseId, warehouseId) : undefined))
    .orderBy(asc(items.code), asc(warehouses.code));
}
