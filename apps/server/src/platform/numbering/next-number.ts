import { sql } from 'drizzle-orm';
import { actor, tx } from '../tx/index.ts';
import { formatNumber, periodOf } from './number-format.ts';
import { effectiveRule } from './numbering-rule.repository.ts';
import { numberSequences } from './numbering.tables.ts';

/**
 * The next document number of a type (PR-202611-0001), inside the caller's transaction.
 * The upsert takes the counter row's lock until the caller commits, so concurrent documents get
 * distinct consecutive numbers; a rolled-back document releases its number (the only gap).
 */
export async function nextNumber(docType: string, date: Date = new Date()): Promise<string> {
  const rule = await effectiveRule(docType);
  const period = periodOf(rule.datePattern, date);
  const [row] = await tx().insert(numberSequences)
    .values({ tenantId: actor().tenantId, docType, period, lastValue: 1 })
    .onConflictDoUpdate({
      target: [numberSequences.tenantId, numberSequences.docType, numberSequences.period],
      set: { lastValue: sql`${numberSequences.lastValue} + 1` },
    })
    .returning({ value: numberSequences.lastValue });
  if (!row) throw new Error('numbering: the counter upsert returned no row');
  return formatNumber(rule, date, row.value);
}
