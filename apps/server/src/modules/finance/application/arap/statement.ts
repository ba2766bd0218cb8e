import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import Decimal from 'decimal.js';
import type { Statement } from '@triad/contracts';
import { tx } from '../../../../platform/tx/index.ts';
import { assertPartner } from '../../../partners/index.ts';
import { arapErrors } from '../../arap.errors.ts';
import { runStatement, type StatementEntry } from '../../domain/arap/statement.ts';
import { finOpenItems, finPayments, finSettlements } from '../../infra/finance.tables.ts';
import { ownOpenItems } from '../../infra/arap/open-items.repository.ts';

/**
 * 对账单 of one partner: documents raise the balance, settlements by payments and receipts lower
 * it; the opening balance is everything before `from`. Built from open items and settlements, so
 * it shows exactly what the partner can reconcile document by document.
 */
export async function partnerStatement(kind: 'receivable' | 'payable', partnerId: string, from: string, to: string): Promise<Statement> {
  if (from > to) throw arapErrors['finance.arap.badPeriodRange']();
  const partner = await assertPartner(partnerId);
  const ofPartner = and(ownOpenItems(), eq(finOpenItems.kind, kind), eq(finOpenItems.partnerId, partnerId));

  const [before] = await tx().select({ total: sql<string>`coalesce(sum(${finOpenItems.amount}), 0)::text` }).from(finOpenItems)
    .where(and(ofPartner, lt(finOpenItems.documentDate, from)));
  const [settledBefore] = await tx().select({ total: sql<string>`coalesce(sum(${finSettlements.amount}), 0)::text` })
    .from(finSettlements).innerJoin(finOpenItems, eq(finOpenItems.id, finSettlements.openItemId))
    .where(and(ofPartner, lt(finSettlements.settledOn, from)));
  const opening = new Decimal(before?.total ?? 0).minus(settledBefore?.total ?? 0).toFixed(2);

  const documents = await tx().select().from(finOpenItems)
    .where(and(ofPartner, gte(finOpenItems.documentDate, from), lte(finOpenItems.documentDate, to)));
  const settlements = await tx().select({
    date: finSettlements.settledOn, amount: finSettlements.amount, paymentId: finSettlements.paymentId,
    number: finPayments.number, summary: finPayments.summary,
  }).from(finSettlements).innerJoin(finOpenItems, eq(finOpenItems.id, finSettlements.openItemId))
    .leftJoin(finPayments, eq(finPayments.id, finSettlements.paymentId))
    .where(and(ofPartner, gte(finSettlements.settledOn, from), lte(finSettlements.settledOn, to)));

  // One line per payment (a payment may settle several documents of the partner).
  const perPayment = new Map<string, StatementEntry>();
  for (const s of settlements) {
    const key = `${s.paymentId ?? 'none'}|${s.date}`;
    const known = perPayment.get(key);
    if (known) known.decrease = new Decimal(known.decrease).plus(s.amount).toFixed(2);
    else perPayment.set(key, { date: s.date, kind: 'payment', number: s.number ?? '—', summary: s.summary, increase: '0.00', decrease: new Decimal(s.amount).toFixed(2) });
  }
  const entries: StatementEntry[] = [
    ...documents.map((d) => ({ date: d.documentDate, kind: 'invoice' as const, number: d.sourceNumber, summary: d.summary, increase: d.amount, decrease: '0.00' })),
    ...perPayment.values(),
  ];
  const { rows, closing } = runStatement(opening, entries);
  return { kind, partner: { id: partner.id, code: partner.code, name: partner.name }, from, to, opening, rows, closing };
}
