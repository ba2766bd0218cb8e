import { and, eq } from 'drizzle-orm';
import type { InvoiceListQuery, InvoiceSummary, Page } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { tx } from '../../../../platform/tx/index.ts';
import { finInvoices } from '../../infra/finance.tables.ts';
import { ownInvoices, type InvoiceRow } from '../../infra/arap/invoices.repository.ts';
import { presentInvoices } from './invoice-view.ts';

const spec: ListSpec = {
  sortable: { documentDate: finInvoices.documentDate, number: finInvoices.number, createdAt: finInvoices.createdAt },
  defaultSort: '-documentDate',
  id: finInvoices.id,
};

export async function listInvoices(query: InvoiceListQuery): Promise<Page<InvoiceSummary>> {
  const plan = keysetPage(spec, query);
  const rows = await tx().select().from(finInvoices).where(and(
    ownInvoices(),
    query.kind ? eq(finInvoices.kind, query.kind) : undefined,
    query.partnerId ? eq(finInvoices.partnerId, query.partnerId) : undefined,
    query.status ? eq(finInvoices.status, query.status) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'documentDate' | 'number' | 'createdAt';
  const page = plan.page(rows, (r: InvoiceRow) => ({ sortValue: r[field], id: r.id }));
  const items = await presentInvoices(page.items);
  return { items: items.map(({ openItemId: _unused, ...rest }) => rest), nextCursor: page.nextCursor };
}
