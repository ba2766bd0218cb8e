import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import { tx } from '../../../../platform/tx/index.ts';
import { finAccounts, finVoucherLines } from '../finance.tables.ts';

export type AccountRow = typeof finAccounts.$inferSelect;

export function listAllAccounts(): Promise<AccountRow[]> {
  return tx().select().from(finAccounts).orderBy(asc(finAccounts.code));
}

export async function accountsByIds(ids: string[]): Promise<AccountRow[]> {
  if (ids.length === 0) return [];
  return tx().select().from(finAccounts).where(inArray(finAccounts.id, [...new Set(ids)]));
}

export async function findAccount(id: string): Promise<AccountRow | undefined> {
  const [row] = await tx().select().from(finAccounts).where(eq(finAccounts.id, id));
  return row;
}

export async function findAccountByCode(code: string, lock = false): Promise<AccountRow | undefined> {
  const q = tx().select().from(finAccounts).where(eq(finAccounts.code, code));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** Codes of the direct children of `parentCode` (parent code + 2 digits). */
export async function childCodes(parentCode: string): Promise<string[]> {
  const rows = await tx().select({ code: finAccounts.code }).from(finAccounts)
    .where(and(like(finAccounts.code, `${parentCode}__`), sql`length(${finAccounts.code}) = ${parentCode.length + 2}`));
  return rows.map((r) => r.code);
}

export async function accountHasLines(accountId: string): Promise<boolean> {
  const [row] = await tx().select({ one: sql<number>`1` }).from(finVoucherLines).where(eq(finVoucherLines.accountId, accountId)).limit(1);
  return row !== undefined;
}

export async function insertAccounts(rows: (typeof finAccounts.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await tx().insert(finAccounts).values(rows).onConflictDoNothing();
}

export async function updateAccountRow(id: string, patch: Partial<Pick<AccountRow, 'name' | 'dimensions' | 'enabled' | 'isLeaf'>>): Promise<AccountRow | undefined> {
  const [row] = await tx().update(finAccounts).set({ ...patch, updatedAt: new Date() }).where(eq(finAccounts.id, id)).returning();
  return row;
}
