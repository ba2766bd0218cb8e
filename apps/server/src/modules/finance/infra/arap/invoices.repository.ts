import { and, eq, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finInvoices } from '../finance.tables.ts';

export type InvoiceRow = typeof finInvoices.$inferSelect;
export type NewInvoiceRow = typeof finInvoices.$inferInsert;

export const ownInvoices = (): SQL => eq(finInvoices.tenantId, actor().tenantId);

export async function insertInvoice(row: NewInvoiceRow): Promise<InvoiceRow> {
  const [created] = await tx().insert(finInvoices).values(row).returning();
  if (!created) throw new Error('fin_invoices: insert returned no row');
  return created;
}

export async function findInvoice(id: string, forUpdate = false): Promise<InvoiceRow | undefined> {
  const query = tx().select().from(finInvoices).where(and(ownInvoices(), eq(finInvoices.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function setInvoice(id: string, changes: Partial<NewInvoiceRow>): Promise<void> {
  await tx().update(finInvoices).set(changes).where(and(ownInvoices(), eq(finInvoices.id, id)));
}
