import { asc, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../../platform/tx/index.ts';
import { finAccounts, finPostingRules, finProjects, finSettings } from '../finance.tables.ts';
import { partners } from '../../../partners/index.ts';

export type PostingRuleRow = typeof finPostingRules.$inferSelect;

export function rulesFor(documentTypes: string[], roles: string[]): Promise<PostingRuleRow[]> {
  return tx().select().from(finPostingRules)
    .where(inArray(finPostingRules.documentType, documentTypes))
    .then((rows) => rows.filter((r) => roles.includes(r.role)));
}

export async function countRules(): Promise<number> {
  const rows = await tx().select({ id: finPostingRules.id }).from(finPostingRules).limit(1);
  return rows.length;
}

export async function insertRules(rows: (typeof finPostingRules.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx().insert(finPostingRules).values(rows).onConflictDoNothing();
}

export function listRulesWithAccounts() {
  return tx().select({
    id: finPostingRules.id, documentType: finPostingRules.documentType, role: finPostingRules.role,
    itemCategory: finPostingRules.itemCategory, partnerId: finPostingRules.partnerId, accountId: finPostingRules.accountId,
    accountCode: finAccounts.code, accountName: finAccounts.name, partnerName: partners.name,
  }).from(finPostingRules).innerJoin(finAccounts, eq(finAccounts.id, finPostingRules.accountId))
    .leftJoin(partners, eq(partners.id, finPostingRules.partnerId))
    .orderBy(asc(finPostingRules.documentType), asc(finPostingRules.role), asc(finPostingRules.createdAt));
}

export async function deleteRule(id: string): Promise<boolean> {
  const rows = await tx().delete(finPostingRules).where(eq(finPostingRules.id, id)).returning({ id: finPostingRules.id });
  return rows.length > 0;
}

/** When a leaf gets its first sub-account, rules that pointed at it follow to that sub-account. */
export async function repointRules(fromAccountId: string, toAccountId: string): Promise<void> {
  await tx().update(finPostingRules).set({ accountId: toAccountId, updatedAt: new Date() }).where(eq(finPostingRules.accountId, fromAccountId));
}

export async function readSettings(): Promise<typeof finSettings.$inferSelect | undefined> {
  const [row] = await tx().select().from(finSettings);
  return row;
}

export async function ensureSettingsRow(): Promise<void> {
  await tx().insert(finSettings).values({ tenantId: actor().tenantId }).onConflictDoNothing();
}

export async function writeSettings(patch: Partial<Pick<typeof finSettings.$inferSelect, 'manualVoucherApproval' | 'budgetControl'>>): Promise<void> {
  await ensureSettingsRow();
  await tx().update(finSettings).set({ ...patch, updatedAt: new Date() }).where(eq(finSettings.tenantId, actor().tenantId));
}

export function listProjects() {
  return tx().select({ id: finProjects.id, code: finProjects.code, name: finProjects.name, enabled: finProjects.enabled }).from(finProjects).orderBy(asc(finProjects.code));
}

export async function insertProject(row: typeof finProjects.$inferInsert): Promise<void> {
  await tx().insert(finProjects).values(row);
}
