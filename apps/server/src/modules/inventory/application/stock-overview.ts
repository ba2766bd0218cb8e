import Decimal from 'decimal.js';
import type { Page, StockAlert, StockQuery, StockRow } from '@triad/contracts';
import { commonErrors } from '../../../platform/http/index.ts';
import { suggestedReorderQty } from '../domain/reorder.ts';
import { selectAlertRows, selectStockRows } from '../infra/stock-list.query.ts';

// The stock overview is sorted by item and warehouse code; its cursor is the next row's position.
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0;
  const text = /^[A-Za-z0-9_-]{1,16}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!/^\d{1,9}$/.test(text)) throw commonErrors['common.badCursor']();
  return Number(text);
}

export async function listStock(query: StockQuery & { limit?: number }): Promise<Page<StockRow>> {
  const limit = query.limit ?? 50;
  const offset = offsetOf(query.cursor);
  const rows = await selectStockRows({ ...query, lowOnly: query.status === 'low' }, { offset, limit: limit + 1 });
  const more = rows.length > limit;
  return {
    items: rows.slice(0, limit).map((r) => {
      const available = new Decimal(r.onHand).minus(r.reserved);
      return {
        itemId: r.itemId, itemCode: r.itemCode, itemName: r.itemName, spec: r.spec, unitName: r.unitName,
        categoryId: r.categoryId, categoryName: r.categoryName, warehouseId: r.warehouseId, warehouseName: r.warehouseName,
        onHand: r.onHand, reserved: r.reserved, available: available.toFixed(4), incoming: r.incoming, value: r.value, avgCost: r.avgCost,
        reorderPoint: r.reorderPoint, safetyStock: r.safetyStock, low: r.reorderPoint !== null && available.lte(r.reorderPoint),
      };
    }),
    nextCursor: more ? Buffer.from(String(offset + limit)).toString('base64url') : null,
  };
}

/** 库存预警 with 建议采购量 and the item's default supplier. */
export async function listStockAlerts(query: { warehouseId?: string }): Promise<{ items: StockAlert[] }> {
  const rows = await selectAlertRows(query);
  return {
    items: rows.map((r) => {
      const available = new Decimal(r.onHand).minus(r.reserved).toFixed(4);
      return {
        itemId: r.itemId, itemCode: r.itemCode, itemName: r.itemName, spec: r.spec, unitName: r.unitName,
        warehouseId: r.warehouseId, warehouseName: r.warehouseName, onHand: r.onHand, reserved: r.reserved, available, incoming: r.incoming,
        reorderPoint: r.reorderPoint, safetyStock: r.safetyStock, reorderQty: r.reorderQty,
        suggestedQty: suggestedReorderQty({ ...r, available }).toFixed(4),
        supplierId: r.supplierId, supplierName: r.supplierName, alertedAt: r.alertedAt?.toISOString() ?? null,
      };
    }),
  };
}
