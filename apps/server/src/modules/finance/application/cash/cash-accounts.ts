import type { CashAccount, CreateCashAccountRequest, UpdateCashAccountRequest } from '@triad/contracts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { newId } from '../../../../platform/db/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { cashErrors } from '../../cash.errors.ts';
import { cashAccountsWithBalance, findCashAccount, insertCashAccount, updateCashAccountRow } from '../../infra/cash/cash-accounts.repository.ts';
import { createSubAccount } from '../ledger/index.ts';

type Listed = Awaited<ReturnType<typeof cashAccountsWithBalance>>[number];

function present(r: Listed): CashAccount {
  return {
    id: r.row.id, name: r.row.name, kind: r.row.kind, bankName: r.row.bankName, accountNo: r.row.accountNo,
    ledgerAccountId: r.row.ledgerAccountId, ledgerAccountCode: r.ledgerAccountCode, balance: r.balance, enabled: r.row.enabled,
  };
}

export async function listCashAccounts(): Promise<{ items: CashAccount[] }> {
  return { items: (await cashAccountsWithBalance()).map(present) };
}

export async function getCashAccount(id: string): Promise<CashAccount> {
  const [row] = await cashAccountsWithBalance(id);
  if (!row) throw cashErrors['finance.cash.accountNotFound']();
  return present(row);
}

/** A bank or cash account gets its own ledger sub-account (100201 工商银行…), so journals read its lines. */
export async function createCashAccount(input: CreateCashAccountRequest): Promise<CashAccount> {
  const ledger = await createSubAccount(input.kind === 'cash' ? '1001' : '1002', input.name);
  const row = await insertCashAccount({
    id: newId(), tenantId: actor().tenantId, name: input.name, kind: input.kind,
    bankName: input.bankName ?? null, accountNo: input.accountNo ?? null, ledgerAccountId: ledger.id,
  });
  await recordAudit({ entity: 'finCashAccount', entityId: row.id, action: 'create', after: { name: row.name, kind: row.kind, ledgerAccountCode: ledger.code } });
  return getCashAccount(row.id);
}

export async function updateCashAccount(id: string, input: UpdateCashAccountRequest): Promise<CashAccount> {
  const before = await findCashAccount(id);
  if (!before) throw cashErrors['finance.cash.accountNotFound']();
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length) await updateCashAccountRow(id, changes);
  await recordAudit({ entity: 'finCashAccount', entityId: id, action: 'update', before: { name: before.name, enabled: before.enabled }, after: changes });
  return getCashAccount(id);
}
