import Decimal from 'decimal.js';
import { and, eq, inArray } from 'drizzle-orm';
import type { Rfq, RfqListQuery, RfqSummary } from '@triad/contracts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { items, units } from '../../../catalog/index.ts';
import { usersByIds } from '../../../org/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { sourcingErrors } from '../../sourcing.errors.ts';
import { linesOfRfq, listRfqRows, ordersOfRfq, quotesOfRfq } from './rfqs.repository.ts';

type ListedRfq = Awaited<ReturnType<typeof listRfqRows>>[number];

// One client per unit of work: the lookups below run one query at a time.

async function summaries(rows: ListedRfq[]): Promise<RfqSummary[]> {
  const names = await partnerNames(rows.flatMap((r) => r.rfq.supplierIds));
  const people = await usersByIds(rows.flatMap((r) => (r.rfq.createdBy ? [r.rfq.createdBy] : [])));
  return rows.map(({ rfq, requestNumber, lineCount, quoteCount }) => ({
    id: rfq.id, number: rfq.number, title: rfq.title, status: rfq.status, deadline: rfq.deadline,
    requestId: rfq.requestId, requestNumber: requestNumber ?? null,
    suppliers: rfq.supplierIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    lineCount, quoteCount, createdBy: rfq.createdBy, createdByName: people.find((p) => p.id === rfq.createdBy)?.displayName ?? null,
    awardedAt: rfq.awardedAt?.toISOString() ?? null, createdAt: rfq.createdAt.toISOString(),
  }));
}

export async function listRfqs(query: RfqListQuery): Promise<{ items: RfqSummary[] }> {
  return { items: await summaries(await listRfqRows(query)) };
}

/** Item code, name and spec, and unit names, of the RFQ's lines. */
export async function lineNames(itemIds: readonly string[], unitIds: readonly string[]) {
  const itemRows = itemIds.length ? await tx().select({ id: items.id, code: items.code, name: items.name, spec: items.spec }).from(items).where(and(eq(items.tenantId, actor().tenantId), inArray(items.id, [...new Set(itemIds)]))) : [];
  const unitRows = unitIds.length ? await tx().select({ id: units.id, name: units.name }).from(units).where(and(eq(units.tenantId, actor().tenantId), inArray(units.id, [...new Set(unitIds)]))) : [];
  return { items: new Map(itemRows.map((i) => [i.id, i])), units: new Map(unitRows.map((u) => [u.id, u.name])) };
}

export async function getRfq(id: string): Promise<Rfq> {
  const [row] = await listRfqRows({ id });
  if (!row) throw sourcingErrors['procurement.rfq.notFound']();
  const [summary] = await summaries([row]);
  const lines = await linesOfRfq(id);
  const quotes = await quotesOfRfq(id);
  const orders = await ordersOfRfq(id);
  const names = await lineNames(lines.map((l) => l.itemId), lines.map((l) => l.unitId));
  return {
    ...summary!,
    warehouseId: row.rfq.warehouseId,
    lines: lines.map((l) => {
      const item = names.items.get(l.itemId);
      return {
        id: l.id, lineNo: l.lineNo, itemId: l.itemId, itemCode: item?.code ?? '', itemName: item?.name ?? '', itemSpec: item?.spec ?? null,
        unitId: l.unitId, unitName: names.units.get(l.unitId) ?? '', quantity: new Decimal(l.quantity).toFixed(), requestLineId: l.requestLineId,
      };
    }),
    quotes: quotes.map((q) => ({
      id: q.id, rfqLineId: q.rfqLineId, supplierId: q.supplierId, price: q.price, taxRate: q.taxRate, leadTimeDays: q.leadTimeDays, note: q.note, chosen: q.chosen,
    })),
    orders,
  };
}
