import { and, eq, ilike } from 'drizzle-orm';
import type { Page, PurchaseOrderListQuery, PurchaseOrderSummary } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { purchaseOrders } from '../../infra/procurement.tables.ts';
import type { OrderRow } from '../../infra/orders.repository.ts';
import { presentOrders } from './order-view.ts';

const spec: ListSpec = {
  sortable: { orderDate: purchaseOrders.orderDate, number: purchaseOrders.number, createdAt: purchaseOrders.createdAt, grossAmount: purchaseOrders.grossAmount },
  defaultSort: '-createdAt',
  id: purchaseOrders.id,
};

export async function listOrders(query: PurchaseOrderListQuery): Promise<Page<PurchaseOrderSummary>> {
  const plan = keysetPage(spec, query);
  const rows = await tx().select().from(purchaseOrders).where(and(
    eq(purchaseOrders.tenantId, actor().tenantId),
    query.status ? eq(purchaseOrders.status, query.status) : undefined,
    query.supplierId ? eq(purchaseOrders.supplierId, query.supplierId) : undefined,
    query.requestId ? eq(purchaseOrders.requestId, query.requestId) : undefined,
    query.keyword ? ilike(purchaseOrders.number, `%${query.keyword.replace(/[%_\\]/g, '\\$&')}%`) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'orderDate' | 'number' | 'createdAt' | 'grossAmount';
  const page = plan.page(rows, (r: OrderRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentOrders(page.items), nextCursor: page.nextCursor };
}
