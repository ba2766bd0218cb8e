import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { partners } from './partners.table.ts';

export type PartnerRow = typeof partners.$inferSelect;
export type NewPartnerRow = typeof partners.$inferInsert;

/** The tenant's own rows only: the first wall, with row-level security as the second. */
export function inOwnTenant(): SQL {
  return eq(partners.tenantId, actor().tenantId);
}

export async function findPartner(id: string): Promise<PartnerRow | undefined> {
  const [row] = await tx().select().from(partners).where(and(inOwnTenant(), eq(partners.id, id)));
  return row;
}

export async function findPartners(ids: readonly string[]): Promise<PartnerRow[]> {
  if (ids.length === 0) return [];
  return tx().select().from(partners).where(and(inOwnTenant(), inArray(partners.id, [...ids])));
}

export async function insertPartner(row: NewPartnerRow): Promise<PartnerRow> {
  const [created] = await tx().insert(partners).values(row).returning();
  if (!created) throw new Error('partners: insert returned no row');
  return created;
}

export async function updatePartnerRow(id: string, changes: Partial<NewPartnerRow>): Promise<PartnerRow | undefined> {
  const [row] = await tx().update(partners).set({ ...changes, updatedAt: new Date() }).where(and(inOwnTenant(), eq(partners.id, id))).returning();
  return row;
}
