import { and, eq, ilike, or } from 'drizzle-orm';
import type { Page, Partner, PartnerListQuery } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../../../platform/http/index.ts';
import { tx } from '../../../platform/tx/index.ts';
import { partners } from '../infra/partners.table.ts';
import { inOwnTenant, type PartnerRow } from '../infra/partner.repository.ts';
import { presentPartner } from './partner-view.ts';

const spec: ListSpec = {
  sortable: { code: partners.code, name: partners.name, createdAt: partners.createdAt },
  defaultSort: 'code',
  id: partners.id,
};

/** `%` and `_` typed in a search box are literal characters, not wildcards. */
function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The partner list: search by code or name, customers or suppliers only, cursor pages. */
export async function listPartners(query: PartnerListQuery): Promise<Page<Partner>> {
  const plan = keysetPage(spec, query);
  const q = query.q ? likePattern(query.q) : undefined;
  const rows = await tx().select().from(partners).where(and(
    inOwnTenant(),
    q ? or(ilike(partners.code, q), ilike(partners.name, q)) : undefined,
    query.role === 'customer' ? eq(partners.isCustomer, true) : undefined,
    query.role === 'supplier' ? eq(partners.isSupplier, true) : undefined,
    query.enabled === undefined ? undefined : eq(partners.enabled, query.enabled),
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'code' | 'name' | 'createdAt';
  const page = plan.page(rows, (r: PartnerRow) => ({ sortValue: r[field], id: r.id }));
  return { items: page.items.map(presentPartner), nextCursor: page.nextCursor };
}
