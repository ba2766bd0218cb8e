import { and, eq, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finPayments } from '../finance.tables.ts';

export type PaymentRow = typeof finPayments.$inferSelect;
export type NewPaymentRow = typeof finPayments.$inferInsert;

export const ownPayments = (): SQL => eq(finPayments.tenantId, actor().tenantId);

export async function insertPayment(row: NewPaymentRow): Promise<PaymentRow> {
  const [created] = await tx().insert(finPayments).values(row).returning();
  if (!created) throw new Error('fin_payments: insert returned no row');
  return created;
}

/** One payment; `forUpdate` locks it so two executions (or execute and cancel) of it serialise. */
export async function findPayment(id: string, forUpdate = false): Promise<PaymentRow | undefined> {
  const query = tx().select().from(finPayments).where(and(ownPayments(), eq(finPayments.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updatePaymentRow(id: string, changes: Partial<NewPaymentRow>): Promise<void> {
  await tx().update(finPayments).set({ ...changes, updatedAt: new Date() }).where(and(ownPayments(), eq(finPayments.id, id)));
}

/** Moves a payment from one status to another only if it is still in `from` (event handlers, races). */
/** `approvalInstanceId`: only when the payment still waits on that approval (a late outcome of an earlier one moves nothing). */
export async function transitionPayment(id: string, from: PaymentRow['status'], changes: Partial<NewPaymentRow>, approvalInstanceId?: string): Promise<PaymentRow | undefined> {
  const [row] = await tx().update(finPayments).set({ ...changes, updatedAt: new Date() })
    .where(and(ownPayments(), eq(finPayments.id, id), eq(finPayments.status, from),
      approvalInstanceId ? eq(finPayments.approvalInstanceId, approvalInstanceId) : undefined)).returning();
  return row;
}
