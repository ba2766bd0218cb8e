import { and, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finAccounts } from '../finance.tables.ts';

export interface AccountRef { id: string; code: string; name: string; isLeaf: boolean; enabled: boolean; isCash: boolean }

/** Accounts by id within the caller's tenant (for names on documents and input checks). */
export async function accountsById(ids: readonly string[]): Promise<Map<string, AccountRef>> {
  if (ids.length === 0) return new Map();
  const rows = await tx().select({
    id: finAccounts.id, code: finAccounts.code, name: finAccounts.name, isLeaf: finAccounts.isLeaf, enabled: finAccounts.enabled, isCash: finAccounts.isCash,
  }).from(finAccounts).where(and(eq(finAccounts.tenantId, actor().tenantId), inArray(finAccounts.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r]));
}
