import { and, eq } from 'drizzle-orm';
import type { NumberingRuleInput } from '@triad/contracts';
import { actor, tx } from '../tx/index.ts';
import { docTypeDefinition } from './doc-type.registry.ts';
import { defaultRule, type NumberingRuleShape } from './number-format.ts';
import { numberingRules, numberSequences } from './numbering.tables.ts';

export interface EffectiveRule extends NumberingRuleShape {
  docType: string;
  /** False while the built-in default applies. */
  configured: boolean;
}

function shape(row: typeof numberingRules.$inferSelect): NumberingRuleShape {
  return { prefix: row.prefix, datePattern: row.datePattern, padding: row.padding, separator: row.separator };
}

/** The tenant's rule for a type, or the default the type would use. */
export async function effectiveRule(docType: string): Promise<EffectiveRule> {
  const [row] = await tx().select().from(numberingRules)
    .where(and(eq(numberingRules.tenantId, actor().tenantId), eq(numberingRules.docType, docType)));
  if (row) return { docType, configured: true, ...shape(row) };
  return { docType, configured: false, ...defaultRule(docType, docTypeDefinition(docType)?.defaultPrefix) };
}

/** Every configured rule of the tenant, keyed by type. */
export async function configuredRules(): Promise<Map<string, NumberingRuleShape>> {
  const rows = await tx().select().from(numberingRules).where(eq(numberingRules.tenantId, actor().tenantId));
  return new Map(rows.map((r) => [r.docType, shape(r)]));
}

export async function saveRule(docType: string, input: NumberingRuleInput): Promise<void> {
  const values = { ...input, updatedAt: new Date() };
  await tx().insert(numberingRules).values({ tenantId: actor().tenantId, docType, ...values })
    .onConflictDoUpdate({ target: [numberingRules.tenantId, numberingRules.docType], set: values });
}

/** The last number handed out in a period (0 when none yet); read-only, for previews. */
export async function lastSequence(docType: string, period: string): Promise<number> {
  const [row] = await tx().select({ lastValue: numberSequences.lastValue }).from(numberSequences).where(and(
    eq(numberSequences.tenantId, actor().tenantId), eq(numberSequences.docType, docType), eq(numberSequences.period, period),
  ));
  return row?.lastValue ?? 0;
}
