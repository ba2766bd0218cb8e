import { and, eq } from 'drizzle-orm';
import type { Page, PaymentListQuery, PaymentSummary } from '@triad/contracts';
import { keysetPage, type ListSpec } from '../../../../platform/http/index.ts';
import { tx } from '../../../../platform/tx/index.ts';
import { finPayments } from '../../infra/finance.tables.ts';
import { ownPayments, type PaymentRow } from '../../infra/cash/payments.repository.ts';
import { presentPayments } from './payment-view.ts';

const spec: ListSpec = {
  sortable: { paymentDate: finPayments.paymentDate, number: finPayments.number, createdAt: finPayments.createdAt },
  defaultSort: '-createdAt',
  id: finPayments.id,
};

export async function listPayments(query: PaymentListQuery): Promise<Page<PaymentSummary>> {
  const plan = keysetPage(spec, query);
  const rows = await tx().select().from(finPayments).where(and(
    ownPayments(),
    query.direction ? eq(finPayments.direction, query.direction) : undefined,
    query.status ? eq(finPayments.status, query.status) : undefined,
    query.partnerId ? eq(finPayments.partnerId, query.partnerId) : undefined,
    plan.where,
  )).orderBy(...plan.orderBy).limit(plan.limit);
  const field = (query.sort ?? spec.defaultSort).replace(/^-/, '') as 'paymentDate' | 'number' | 'createdAt';
  const page = plan.page(rows, (r: PaymentRow) => ({ sortValue: r[field], id: r.id }));
  return { items: await presentPayments(page.items), nextCursor: page.nextCursor };
}
