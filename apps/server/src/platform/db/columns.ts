import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every business row carries its tenant; RLS policies are keyed on this column. */
export const tenantId = () => uuid('tenant_id').notNull();
export const createdAt = () => timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
export const updatedAt = () => timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();
