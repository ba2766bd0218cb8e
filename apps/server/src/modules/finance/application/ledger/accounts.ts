import type { FinAccount } from '@triad/contracts';
import { newId } from '../../../../platform/db/index.ts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { financeErrors } from '../../errors.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import type { DimensionKey } from '../../domain/chart/prc-chart.ts';
import {
  accountHasLines, childCodes, findAccount, findAccountByCode, insertAccounts, listAllAccounts, updateAccountRow, type AccountRow,
} from '../../infra/ledger/accounts.repository.ts';
import { repointRules } from '../../infra/ledger/rules.repository.ts';

/** Deepest code: 4 + 2 × 4 digits (five levels, as common PRC software allows). */
const maxCodeLength = 12;

export function presentAccount(a: AccountRow): FinAccount {
  return {
    id: a.id, code: a.code, name: a.name, parentId: a.parentId, level: a.level, category: a.category, direction: a.direction,
    isLeaf: a.isLeaf, dimensions: a.dimensions as DimensionKey[], isCash: a.isCash, isSystem: a.isSystem, enabled: a.enabled,
  };
}

export async function accountByCode(code: string): Promise<{ id: string; code: string; name: string; isLeaf: boolean } | null> {
  const a = await findAccountByCode(code);
  return a ? { id: a.id, code: a.code, name: a.name, isLeaf: a.isLeaf } : null;
}

export async function listAccounts(): Promise<{ items: FinAccount[] }> {
  return { items: (await listAllAccounts()).map(presentAccount) };
}

/**
 * A leaf sub-account under `parentCode` with the next free 2-digit suffix; it inherits category,
 * direction, cash flag and dimensions. A leaf parent that already has lines is refused (its
 * entries would otherwise sit on a non-leaf account); its posting rules follow the new child.
 */
export async function createSubAccount(parentCode: string, name: string, dimensions?: DimensionKey[]): Promise<{ id: string; code: string }> {
  const parent = await findAccountByCode(parentCode, true); // serialises concurrent creators
  if (!parent) throw financeErrors['finance.account.notFound']();
  if (parent.code.length + 2 > maxCodeLength) throw ledgerErrors['finance.account.tooDeep']();
  const wasLeaf = parent.isLeaf;
  if (wasLeaf && await accountHasLines(parent.id)) throw ledgerErrors['finance.account.hasEntries']();
  const taken = new Set(await childCodes(parent.code));
  let suffix = 1;
  while (suffix <= 99 && taken.has(`${parent.code}${String(suffix).padStart(2, '0')}`)) suffix++;
  if (suffix > 99) throw ledgerErrors['finance.account.full']();
  const code = `${parent.code}${String(suffix).padStart(2, '0')}`;
  const id = newId();
  await insertAccounts([{
    id, tenantId: actor().tenantId, code, name: name.trim(), parentId: parent.id, level: parent.level + 1, category: parent.category,
    direction: parent.direction, isLeaf: true, dimensions: dimensions ?? parent.dimensions, isCash: parent.isCash, isSystem: false, enabled: true,
  }]);
  if (wasLeaf) {
    await updateAccountRow(parent.id, { isLeaf: false });
    await repointRules(parent.id, id);
  }
  await recordAudit({ entity: 'finAccount', entityId: id, action: 'create', after: { code, name } });
  return { id, code };
}

export async function createAccountFromApi(input: { parentCode: string; name: string; dimensions?: DimensionKey[] }): Promise<FinAccount> {
  const { id } = await createSubAccount(input.parentCode, input.name, input.dimensions);
  return presentAccount((await findAccount(id))!);
}

/** Name, dimensions and enabled flag are editable; code and category never are. */
export async function patchAccount(id: string, patch: { name?: string; dimensions?: DimensionKey[]; enabled?: boolean }): Promise<FinAccount> {
  const before = await findAccount(id);
  if (!before) throw financeErrors['finance.account.notFound']();
  if (patch.dimensions && JSON.stringify([...patch.dimensions].sort()) !== JSON.stringify([...before.dimensions].sort())
    && patch.dimensions.some((d) => !before.dimensions.includes(d)) && await accountHasLines(id)) {
    // Adding a required dimension to an account with entries would leave old lines without it.
    throw ledgerErrors['finance.account.systemDimensions']();
  }
  const after = await updateAccountRow(id, {
    ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    ...(patch.dimensions !== undefined ? { dimensions: [...new Set(patch.dimensions)] } : {}),
    ...(patch.enabled !== undefined ? { enabled: patch.enabled } : {}),
  });
  await recordAudit({ entity: 'finAccount', entityId: id, action: 'update', before: presentAccount(before), after: presentAccount(after!) });
  return presentAccount(after!);
}
