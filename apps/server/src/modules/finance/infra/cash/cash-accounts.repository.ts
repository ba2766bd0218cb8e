import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finAccountBalances, finAccounts, finCashAccounts } from '../finance.tables.ts';

export type CashAccountRow = typeof finCashAccounts.$inferSelect;

export const ownCashAccounts = (): SQL => eq(finCashAccounts.tenantId, actor().tenantId);

export async function insertCashAccount(row: typeof finCashAccounts.$inferInsert): Promise<CashAccountRow> {
  const [created] = await tx().insert(finCashAccounts).values(row).returning();
  if (!created) throw new Error('fin_cash_accounts: insert returned no row');
  return created;
}

export async function findCashAccount(id: string): Promise<CashAccountRow | undefined> {
  const [row] = await tx().select().from(finCashAccounts).where(and(ownCashAccounts(), eq(finCashAccounts.id, id)));
  return row;
}

export async function updateCashAccountRow(id: string, changes: Partial<typeof finCashAccounts.$inferInsert>): Promise<CashAccountRow | undefined> {
  const [row] = await tx().update(finCashAccounts).set(changes).where(and(ownCashAccounts(), eq(finCashAccounts.id, id))).returning();
  return row;
}

/** Cash accounts with their ledger account code and book balance (Σ debit − credit over all periods). */
export async function cashAccountsWithBalance(id?: string) {
  return tx().select({
    row: finCashAccounts,
    ledgerAccountCode: finAccounts.code,
    balance: sql<string>`coalesce((select sum(b.debit - b.credit) from fin_account_balances b where b.tenant_id = fin_cash_accounts.tenant_id and b.account_id = fin_cash_accounts.ledger_account_id), 0)::numeric(20,2)::text`,
  }).from(finCashAccounts)
    .innerJoin(finAccounts, eq(finAccounts.id, finCashAccounts.ledgerAccountId))
    .where(and(ownCashAccounts(), id ? eq(finCashAccounts.id, id) : undefined))
    .orderBy(asc(finAccounts.code));
}

/** Book balance of every cash account of the chart (is_cash leaves), all periods. */
export async function totalCashBalance(): Promise<string> {
  const [row] = await tx().select({ total: sql<string>`coalesce(sum(${finAccountBalances.debit} - ${finAccountBalances.credit}), 0)::numeric(20,2)::text` })
    .from(finAccountBalances).innerJoin(finAccounts, eq(finAccounts.id, finAccountBalances.accountId))
    .where(and(eq(finAccountBalances.tenantId, actor().tenantId), eq(finAccounts.isCash, true)));
  return row?.total ?? '0.00';
}
