import { pgTable, text, integer, primaryKey } from 'drizzle-orm/pg-core';
import { tenantId, updatedAt } from '../db/columns.ts';

/** Per tenant and document type: how numbers look (`PR-202611-0001`). */
export const numberingRules = pgTable('numbering_rules', {
  tenantId: tenantId(),
  docType: text('doc_type').notNull(),
  prefix: text('prefix').notNull(),
  /** none | YYYY | YYYYMM | YYYYMMDD — also decides when the counter restarts. */
  datePattern: text('date_pattern', { enum: ['none', 'YYYY', 'YYYYMM', 'YYYYMMDD'] }).notNull().default('YYYYMM'),
  padding: integer('padding').notNull().default(4),
  separator: text('separator').notNull().default('-'),
  updatedAt: updatedAt(),
}, (t) => [primaryKey({ columns: [t.tenantId, t.docType] })]);

/** The counters; one row per tenant × type × period, incremented with a row lock. */
export const numberSequences = pgTable('number_sequences', {
  tenantId: tenantId(),
  docType: text('doc_type').notNull(),
  period: text('period').notNull(),
  lastValue: integer('last_value').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.tenantId, t.docType, t.period] })]);
