import { and, eq, inArray, sql } from 'drizzle-orm';
import Decimal from 'decimal.js';
import type { OpenItem, OpenItemListQuery, Page } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { tx } from '../../../../platform/tx/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { daysBetween, todayInChina } from '../../domain/arap/dates.ts';
import { finOpenItems } from '../../infra/finance.tables.ts';
import { ownOpenItems, type OpenItemRow } from '../../infra/arap/open-items.repository.ts';

const spec: ListSpec = {
  sortable: { dueDate: finOpenItems.dueDate, documentDate: finOpenItems.documentDate, sourceNumber: finOpenItems.sourceNumber },
  defaultSort: 'dueDate',
  id: finOpenItems.id,
};

export async function presentOpenItems(rows: readonly OpenItemRow[], asOf = todayInChina()): Promise<OpenItem[]> {
  const names = await partnerNames(rows.map((r) => r.partnerId));
  return rows.map((r) => ({
    id: r.id, kind: r.kind, partnerId: r.partnerId, partnerName: names.get(r.partnerId) ?? null,
    sourceType: r.sourceType, sourceId: r.sourceId, sourceNumber: r.sourceNumber, documentDate: r.documentDate, dueDate: r.dueDate,
    amount: r.amount, settled: r.settled, open: new Decimal(r.amount).minus(r.settled).toFixed(2), status: r.status,
    ageDays: Math.max(0, daysBetween(r.documentDate, asOf)), summary: r.summary,
  }));
}

/** 未清项: what each partner still owes or is owed, per document, oldest due first. */
export async function listOpenItems(query: OpenItemListQuery): Promise<Page<OpenItem>> {
  const plan = keysetPage(spec, query);
  const status = query.status === 'unsettled' ? inArray(finOpenItems.status, ['open', 'partial'])
    : query.status ? eq(finOpenItems.status, query.status) : undefined;
  const rows = await tx().select().from(finOpenItems).where(and(
    ownOpenItems(),
    query.kind ? eq(finOpenItems.kind, query.kind) : undefined,
    query.partnerId ? eq(finOpenItems.partnerId, query.partnerId) : undefined,
    status,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'dueDate' | 'documentDate' | 'sourceNumber';
  const page = plan.page(rows, (r: OpenItemRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentOpenItems(page.items), nextCursor: page.nextCursor };
}

/** Open amount of every item of a kind as it stood at the end of `asOf` (settlements after it not counted). */
export async function openAmountsAsOf(kind: 'receivable' | 'payable', asOf: string): Promise<{ id: string; partnerId: string; documentDate: string; dueDate: string; open: string }[]> {
  const rows = await tx().select({
    id: finOpenItems.id, partnerId: finOpenItems.partnerId, documentDate: finOpenItems.documentDate, dueDate: finOpenItems.dueDate,
    // Written with the table name: inside the subquery an unqualified column would bind to fin_settlements.
    open: sql<string>`(fin_open_items.amount - coalesce((select sum(s.amount) from fin_settlements s where s.tenant_id = fin_open_items.tenant_id and s.open_item_id = fin_open_items.id and s.settled_on <= ${asOf}), 0))::text`,
  }).from(finOpenItems).where(and(ownOpenItems(), eq(finOpenItems.kind, kind), sql`${finOpenItems.documentDate} <= ${asOf}`));
  return rows.filter((r) => !new Decimal(r.open).isZero());
}
