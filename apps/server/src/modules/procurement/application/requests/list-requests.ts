import { and, eq, ilike, or } from 'drizzle-orm';
import type { Page, PurchaseRequestListQuery, PurchaseRequestSummary } from '@triad/contracts';
import { commonErrors, keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { purchaseRequests } from '../../infra/procurement.tables.ts';
import type { RequestRow } from '../../infra/requests.repository.ts';
import { presentRequests } from './request-view.ts';

const spec: ListSpec = {
  sortable: { createdAt: purchaseRequests.createdAt, number: purchaseRequests.number, neededBy: purchaseRequests.neededBy },
  defaultSort: '-createdAt',
  id: purchaseRequests.id,
};

/** 我的申请 (scope=mine) for everyone; 全部申请 (scope=all) for holders of procurement.read. */
export async function listRequests(query: PurchaseRequestListQuery, canReadAll: boolean): Promise<Page<PurchaseRequestSummary>> {
  if (query.scope === 'all' && !canReadAll) throw commonErrors['common.forbidden']();
  const plan = keysetPage(spec, query);
  const keyword = query.keyword ? `%${query.keyword.replace(/[%_\\]/g, '\\$&')}%` : null;
  const rows = await tx().select().from(purchaseRequests).where(and(
    eq(purchaseRequests.tenantId, actor().tenantId),
    query.scope === 'mine' ? eq(purchaseRequests.requesterId, actor().userId ?? '00000000-0000-0000-0000-000000000000') : undefined,
    query.status ? eq(purchaseRequests.status, query.status) : undefined,
    keyword ? or(ilike(purchaseRequests.number, keyword), ilike(purchaseRequests.purpose, keyword)) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'createdAt' | 'number' | 'neededBy';
  const page = plan.page(rows, (r: RequestRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentRequests(page.items), nextCursor: page.nextCursor };
}
