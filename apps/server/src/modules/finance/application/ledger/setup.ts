import { newId } from '../../../../platform/db/index.ts';
import { actor } from '../../../../platform/tx/index.ts';
import { defaultPostingRules, levelOf, parentCodeOf, prcChart } from '../../domain/chart/prc-chart.ts';
import { periodOfNow, periodsBetween } from '../../domain/ledger/periods.ts';
import { insertAccounts, listAllAccounts } from '../../infra/ledger/accounts.repository.ts';
import { insertOpenPeriods } from '../../infra/ledger/periods.repository.ts';
import { countRules, ensureSettingsRow, insertRules } from '../../infra/ledger/rules.repository.ts';

/**
 * Makes a company ready to keep books, in the caller's tenant transaction. Safe to repeat: only
 * missing standard accounts are added, settings and periods are never overwritten, and the default
 * posting rules are seeded only while the company has none (so deleted defaults stay deleted).
 */
export async function ensureFinanceSetup(): Promise<void> {
  const tenantId = actor().tenantId;
  const existing = await listAllAccounts();
  const idByCode = new Map(existing.map((a) => [a.code, a.id]));
  const parents = new Set(prcChart.map((e) => parentCodeOf(e.code)).filter((c): c is string => c !== null));
  const rows = [];
  for (const entry of [...prcChart].sort((x, y) => x.code.localeCompare(y.code))) {
    if (idByCode.has(entry.code)) continue;
    const id = newId();
    idByCode.set(entry.code, id);
    const parentCode = parentCodeOf(entry.code);
    rows.push({
      id, tenantId, code: entry.code, name: entry.name, parentId: parentCode ? idByCode.get(parentCode) ?? null : null,
      level: levelOf(entry.code), category: entry.category, direction: entry.direction, isLeaf: !parents.has(entry.code),
      dimensions: entry.dimensions ?? [], isCash: entry.isCash ?? false, isSystem: true, enabled: true,
    });
  }
  await insertAccounts(rows);
  await ensureSettingsRow();
  if ((await countRules()) === 0) {
    const fresh = new Map((await listAllAccounts()).map((a) => [a.code, a.id]));
    await insertRules(defaultPostingRules.flatMap((r) => {
      const accountId = fresh.get(r.code);
      return accountId ? [{ id: newId(), tenantId, documentType: '*', role: r.role, itemCategory: r.itemCategory ?? null, partnerId: null, accountId }] : [];
    }));
  }
  const now = periodOfNow();
  await insertOpenPeriods(periodsBetween(Math.floor(now / 100) * 100 + 1, now));
}
