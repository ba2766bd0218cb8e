import { pgTable, text, uuid, index, unique } from 'drizzle-orm/pg-core';
import { tenantId, createdAt } from '../db/columns.ts';

/** 单据联查: one edge per upstream → downstream pair of documents. */
export const documentLinks = pgTable('document_links', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  fromType: text('from_type').notNull(),
  fromId: text('from_id').notNull(),
  fromNumber: text('from_number'),
  toType: text('to_type').notNull(),
  toId: text('to_id').notNull(),
  toNumber: text('to_number'),
  relation: text('relation'),
  createdAt: createdAt(),
}, (t) => [
  unique('document_links_edge').on(t.tenantId, t.fromType, t.fromId, t.toType, t.toId),
  index('document_links_to').on(t.tenantId, t.toType, t.toId),
]);
