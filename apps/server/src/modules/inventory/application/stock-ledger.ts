import { and, eq, gte, lte } from 'drizzle-orm';
import type { Page, StockMoveQuery, StockMoveRow } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../../../platform/http/index.ts';
import { actor, tx } from '../../../platform/tx/index.ts';
import { items, units, warehouses } from '../../catalog/index.ts';
import { stockMoves } from '../infra/inventory.tables.ts';

const spec: ListSpec = { sortable: { seq: stockMoves.seq }, defaultSort: '-seq', id: stockMoves.id };

/** 库存流水: the ledger, newest first, filtered by item, warehouse, kind, dates or source document. */
export async function listStockMoves(query: StockMoveQuery & { limit?: number }): Promise<Page<StockMoveRow>> {
  const plan = keysetPage(spec, { cursor: query.cursor, limit: query.limit ?? 50 });
  const rows = await tx().select({
    move: stockMoves, itemCode: items.code, itemName: items.name, unitName: units.name, warehouseName: warehouses.name,
  }).from(stockMoves)
    .innerJoin(items, eq(items.id, stockMoves.itemId))
    .innerJoin(units, eq(units.id, items.baseUnitId))
    .innerJoin(warehouses, eq(warehouses.id, stockMoves.warehouseId))
    .where(and(
      eq(stockMoves.tenantId, actor().tenantId),
      query.itemId ? eq(stockMoves.itemId, query.itemId) : undefined,
      query.warehouseId ? eq(stockMoves.warehouseId, query.warehouseId) : undefined,
      query.kind ? eq(stockMoves.kind, query.kind) : undefined,
      query.from ? gte(stockMoves.moveDate, query.from) : undefined,
      query.to ? lte(stockMoves.moveDate, query.to) : undefined,
      query.sourceType ? eq(stockMoves.sourceType, query.sourceType) : undefined,
      query.sourceId ? eq(stockMoves.sourceId, query.sourceId) : undefined,
      plan.where,
    )).orderBy(...plan.orderBy).limit(plan.limit);
  const page = plan.page(rows, (r) => ({ sortValue: r.move.seq, id: r.move.id }));
  return {
    items: page.items.map(({ move: m, ...names }) => ({
      id: m.id, seq: m.seq, kind: m.kind, date: m.moveDate, itemId: m.itemId, itemCode: names.itemCode, itemName: names.itemName,
      unitName: names.unitName, warehouseId: m.warehouseId, warehouseName: names.warehouseName,
      quantity: m.quantity, unitCost: m.unitCost, value: m.value, balanceQty: m.balanceQty, balanceValue: m.balanceValue,
      sourceType: m.sourceType, sourceId: m.sourceId, sourceNumber: m.sourceNumber, transferId: m.transferId, note: m.note,
      createdAt: m.createdAt.toISOString(),
    })),
    nextCursor: page.nextCursor,
  };
}
