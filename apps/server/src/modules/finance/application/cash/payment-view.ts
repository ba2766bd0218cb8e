import { and, eq, inArray } from 'drizzle-orm';
import Decimal from 'decimal.js';
import type { Payment, PaymentSummary } from '@triad/contracts';
import { tx } from '../../../../platform/tx/index.ts';
import { approvalOf } from '../../../approval/index.ts';
import { users } from '../../../org/index.ts';
import { partnerNames } from '../../../partners/index.ts';
import { cashErrors } from '../../cash.errors.ts';
import { finCashAccounts, finVouchers } from '../../infra/finance.tables.ts';
import { findOpenItems } from '../../infra/arap/open-items.repository.ts';
import { ownCashAccounts } from '../../infra/cash/cash-accounts.repository.ts';
import { findPayment, type PaymentRow } from '../../infra/cash/payments.repository.ts';
import { paymentSourceType } from './doc-types.ts';

async function namesOf<T extends { id: string; name: string }>(rows: Promise<T[]>): Promise<Map<string, string>> {
  return new Map((await rows).map((r) => [r.id, r.name]));
}

export async function presentPayments(rows: readonly PaymentRow[]): Promise<PaymentSummary[]> {
  const partners = await partnerNames(rows.flatMap((r) => (r.partnerId ? [r.partnerId] : [])));
  const cashIds = [...new Set(rows.flatMap((r) => (r.cashAccountId ? [r.cashAccountId] : [])))];
  const cash = cashIds.length ? await namesOf(tx().select({ id: finCashAccounts.id, name: finCashAccounts.name }).from(finCashAccounts).where(and(ownCashAccounts(), inArray(finCashAccounts.id, cashIds)))) : new Map<string, string>();
  const userIds = [...new Set(rows.flatMap((r) => (r.requestedBy ? [r.requestedBy] : [])))];
  const people = userIds.length ? await namesOf(tx().select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))) : new Map<string, string>();
  return rows.map((r) => ({
    id: r.id, direction: r.direction, number: r.number, partnerId: r.partnerId, partnerName: r.partnerId ? partners.get(r.partnerId) ?? null : null,
    counterpartyName: r.counterpartyName, cashAccountId: r.cashAccountId, cashAccountName: r.cashAccountId ? cash.get(r.cashAccountId) ?? null : null,
    amount: r.amount, paymentDate: r.paymentDate, category: r.category, status: r.status, summary: r.summary, voucherId: r.voucherId,
    requestedBy: r.requestedBy, requestedByName: r.requestedBy ? people.get(r.requestedBy) ?? null : null,
  }));
}

export async function getPayment(id: string): Promise<Payment> {
  const row = await findPayment(id);
  if (!row) throw cashErrors['finance.payment.notFound']();
  const [summary] = await presentPayments([row]);
  if (!summary) throw cashErrors['finance.payment.notFound']();
  const items = new Map((await findOpenItems(row.allocations.map((a) => a.openItemId))).map((i) => [i.id, i]));
  const [voucher] = row.voucherId ? await tx().select({ number: finVouchers.number }).from(finVouchers).where(eq(finVouchers.id, row.voucherId)) : [];
  const approval = row.direction === 'out' ? await approvalOf(paymentSourceType, row.id) : null;
  const [cashier] = row.executedBy ? await tx().select({ name: users.displayName }).from(users).where(eq(users.id, row.executedBy)) : [];
  return {
    ...summary,
    allocations: row.allocations.map((a) => {
      const item = items.get(a.openItemId);
      return {
        openItemId: a.openItemId, amount: a.amount, sourceType: item?.sourceType ?? null, sourceId: item?.sourceId ?? null, sourceNumber: item?.sourceNumber ?? null,
        open: item ? new Decimal(item.amount).minus(item.settled).toFixed(2) : null,
      };
    }),
    counterAccountId: row.counterAccountId, sourceType: row.sourceType, sourceId: row.sourceId, sourceNumber: row.sourceNumber,
    voucherNumber: voucher?.number ?? null, approval, executedBy: row.executedBy, executedByName: cashier?.name ?? null, executedAt: row.executedAt ? row.executedAt.toISOString() : null,
  };
}
