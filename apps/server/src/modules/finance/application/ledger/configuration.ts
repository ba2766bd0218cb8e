import { newId } from '../../../../platform/db/index.ts';
import { recordAudit } from '../../../../platform/audit/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { financeErrors } from '../../errors.ts';
import { ledgerErrors } from '../../ledger.errors.ts';
import { findAccount } from '../../infra/ledger/accounts.repository.ts';
import {
  deleteRule, insertProject, insertRules, listProjects, listRulesWithAccounts, readSettings, writeSettings,
} from '../../infra/ledger/rules.repository.ts';

// Posting rules, finance settings and projects: the small configuration of the ledger.

export async function listPostingRules() {
  return { items: await listRulesWithAccounts() };
}

export async function createPostingRule(input: { documentType: string; role: string; itemCategory?: string | null; partnerId?: string | null; accountId: string }) {
  const account = await findAccount(input.accountId);
  if (!account) throw financeErrors['finance.account.notFound']();
  if (!account.isLeaf || !account.enabled) throw financeErrors['finance.account.notPostable']();
  const id = newId();
  await insertRules([{ id, tenantId: actor().tenantId, documentType: input.documentType, role: input.role, itemCategory: input.itemCategory ?? null, partnerId: input.partnerId ?? null, accountId: input.accountId }]);
  const created = (await listRulesWithAccounts()).find((r) => r.id === id);
  // insertRules ignores a rule matching an existing one: say so instead of pretending.
  if (!created) throw ledgerErrors['finance.postingRule.duplicate']();
  await recordAudit({ entity: 'finPostingRule', entityId: id, action: 'create', after: created });
  return created;
}

export async function removePostingRule(id: string): Promise<{ ok: true }> {
  if (!await deleteRule(id)) throw ledgerErrors['finance.postingRule.notFound']();
  await recordAudit({ entity: 'finPostingRule', entityId: id, action: 'delete' });
  return { ok: true };
}

export async function getSettings() {
  const s = await readSettings();
  return { manualVoucherApproval: s?.manualVoucherApproval ?? false, budgetControl: s?.budgetControl ?? 'warn' };
}

export async function updateSettings(patch: { manualVoucherApproval?: boolean; budgetControl?: 'off' | 'warn' | 'block' | 'approval' }) {
  const before = await getSettings();
  await writeSettings(patch);
  const after = await getSettings();
  await recordAudit({ entity: 'finSettings', entityId: actor().tenantId, action: 'update', before, after });
  return after;
}

export async function projects() {
  return { items: await listProjects() };
}

export async function createProject(input: { code: string; name: string }) {
  const id = newId();
  await insertProject({ id, tenantId: actor().tenantId, code: input.code, name: input.name });
  await recordAudit({ entity: 'finProject', entityId: id, action: 'create', after: input });
  return { id, code: input.code, name: input.name, enabled: true };
}
