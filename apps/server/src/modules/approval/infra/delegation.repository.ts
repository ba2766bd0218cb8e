import { desc, eq } from 'drizzle-orm';
import { tx } from '../../../platform/tx/index.ts';
import { approvalDelegations } from './approval.tables.ts';

export type DelegationRow = typeof approvalDelegations.$inferSelect;

export async function listDelegationRows(userId: string | null): Promise<DelegationRow[]> {
  const q = tx().select().from(approvalDelegations);
  return (userId ? q.where(eq(approvalDelegations.userId, userId)) : q).orderBy(desc(approvalDelegations.startsAt), desc(approvalDelegations.id));
}

export async function findDelegation(id: string): Promise<DelegationRow | undefined> {
  const [row] = await tx().select().from(approvalDelegations).where(eq(approvalDelegations.id, id));
  return row;
}

export async function insertDelegation(row: typeof approvalDelegations.$inferInsert): Promise<void> {
  await tx().insert(approvalDelegations).values(row);
}

export async function deleteDelegation(id: string): Promise<void> {
  await tx().delete(approvalDelegations).where(eq(approvalDelegations.id, id));
}
