import { pgTable, text, uuid, boolean } from 'drizzle-orm/pg-core';
import { createdAt } from '../db/columns.ts';

/** A company using Triad. The only table without `tenant_id`: it is the tenant. */
export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  isDemo: boolean('is_demo').notNull().default(false),
  createdAt: createdAt(),
});
