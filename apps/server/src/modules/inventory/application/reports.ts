import Decimal from 'decimal.js';
import type { SlowMoverReport, TurnoverReport } from '@triad/contracts';
import { inventoryErrors } from '../inventory.errors.ts';
import { daysBetween, turnoverOf } from '../domain/turnover.ts';
import { heldStockWithLastIssue, turnoverFigures } from '../infra/reports.query.ts';

/** 存货周转: per item and in total, over [from, to]. */
export async function turnoverReport(query: { from: string; to: string; warehouseId?: string }): Promise<TurnoverReport> {
  if (query.from > query.to) throw inventoryErrors['inventory.report.badRange']();
  const days = daysBetween(query.from, query.to);
  const rows = await turnoverFigures(query.from, query.to, query.warehouseId);
  const sum = (pick: (r: (typeof rows)[number]) => string) => rows.reduce((s, r) => s.plus(pick(r)), new Decimal(0));
  return {
    from: query.from, to: query.to, days, warehouseId: query.warehouseId ?? null,
    items: rows.map((r) => ({ itemId: r.itemId, itemCode: r.itemCode, itemName: r.itemName, ...turnoverOf(r.opening, r.closing, r.issued, days) })),
    total: turnoverOf(sum((r) => r.opening), sum((r) => r.closing), sum((r) => r.issued), days),
  };
}

/**
 * 呆滞料: stock on hand with no issue in the last `days` days. Stock that arrived inside the
 * window has not had the chance to move yet and is not listed.
 */
export async function slowMovers(query: { days: number; warehouseId?: string; asOf?: string }): Promise<SlowMoverReport> {
  const asOf = query.asOf ?? new Date().toISOString().slice(0, 10);
  const since = new Date(Date.parse(`${asOf}T00:00:00Z`) - query.days * 86_400_000).toISOString().slice(0, 10);
  const rows = await heldStockWithLastIssue(query.warehouseId);
  return {
    days: query.days, asOf,
    items: rows
      .filter((r) => (r.lastIssueDate ? r.lastIssueDate <= since : (r.firstMoveDate ?? asOf) <= since))
      .map((r) => ({
        itemId: r.itemId, itemCode: r.itemCode, itemName: r.itemName, unitName: r.unitName, warehouseId: r.warehouseId, warehouseName: r.warehouseName,
        onHand: r.onHand, value: r.value, lastIssueDate: r.lastIssueDate,
        daysSinceIssue: r.lastIssueDate ? daysBetween(r.lastIssueDate, asOf) - 1 : null,
      })),
  };
}
