import Decimal from 'decimal.js';
import { and, eq } from 'drizzle-orm';
import type { Page, StockCount, StockCountSummary } from '@triad/contracts';
import { documentLinks } from '../../../../platform/links/index.ts';
import { keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { inventoryErrors } from '../../inventory.errors.ts';
import { stockCounts } from '../../infra/inventory.tables.ts';
import { itemFacts, warehouseNamesOf } from '../../infra/catalog.gateway.ts';
import { countLines, findCount, lineCounts, ownCounts, type CountRow } from '../../infra/counts.repository.ts';
import { inventoryDocTypes } from '../doc-types.ts';
import { toCents } from '../../domain/valuation.ts';

async function summaries(rows: readonly CountRow[]): Promise<StockCountSummary[]> {
  // One client per unit of work: one query at a time.
  const names = await warehouseNamesOf(rows.map((r) => r.warehouseId));
  const counts = await lineCounts(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, number: r.number, warehouseId: r.warehouseId, warehouseName: names.get(r.warehouseId) ?? '', countDate: r.countDate,
    status: r.status, note: r.note, lineCount: counts.get(r.id)?.lines ?? 0, countedCount: counts.get(r.id)?.counted ?? 0,
    voucherId: r.voucherId, createdAt: r.createdAt.toISOString(), postedAt: r.postedAt?.toISOString() ?? null,
  }));
}

async function voucherNumberOf(countId: string): Promise<string | null> {
  const [link] = await tx().select({ number: documentLinks.toNumber }).from(documentLinks).where(and(
    eq(documentLinks.tenantId, actor().tenantId), eq(documentLinks.fromType, inventoryDocTypes.count),
    eq(documentLinks.fromId, countId), eq(documentLinks.toType, 'voucher')));
  return link?.number ?? null;
}

export async function getStockCount(id: string): Promise<StockCount> {
  const row = await findCount(id);
  if (!row) throw inventoryErrors['inventory.count.notFound'](undefined, { countId: id });
  const [summary] = await summaries([row]);
  const lines = await countLines(id);
  const facts = await itemFacts(lines.map((l) => l.itemId));
  let gain = new Decimal(0);
  let loss = new Decimal(0);
  const presented = lines.map((l) => {
    const item = facts.get(l.itemId);
    const difference = l.countedQty === null ? null : new Decimal(l.countedQty).minus(l.systemQty);
    const value = difference ? toCents(difference.mul(l.unitCost)) : null;
    if (value?.gt(0)) gain = gain.plus(value);
    if (value?.lt(0)) loss = loss.minus(value);
    return {
      id: l.id, itemId: l.itemId, itemCode: item?.code ?? '', itemName: item?.name ?? '', spec: item?.spec ?? null, unitName: item?.baseUnitName ?? '',
      systemQty: l.systemQty, countedQty: l.countedQty, difference: difference?.toFixed(4) ?? null,
      unitCost: l.unitCost, differenceValue: value?.toFixed(2) ?? null, note: l.note,
    };
  });
  return {
    ...summary!, voucherNumber: row.voucherId ? await voucherNumberOf(id) : null, createdBy: row.createdBy, postedBy: row.postedBy,
    lines: presented, gainValue: gain.toFixed(2), lossValue: loss.toFixed(2),
  };
}

const spec: ListSpec = {
  sortable: { countDate: stockCounts.countDate, number: stockCounts.number, createdAt: stockCounts.createdAt },
  defaultSort: '-createdAt',
  id: stockCounts.id,
};

export async function listStockCounts(query: { cursor?: string; limit: number; status?: CountRow['status']; warehouseId?: string; sort?: string }): Promise<Page<StockCountSummary>> {
  const plan = keysetPage(spec, query);
  const rows = await tx().select().from(stockCounts).where(and(
    ownCounts(),
    query.status ? eq(stockCounts.status, query.status) : undefined,
    query.warehouseId ? eq(stockCounts.warehouseId, query.warehouseId) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'countDate' | 'number' | 'createdAt';
  const page = plan.page(rows, (r: CountRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await summaries(page.items), nextCursor: page.nextCursor };
}
