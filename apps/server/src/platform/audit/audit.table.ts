import { pgTable, text, uuid, jsonb, timestamp, index } from 'drizzle-orm/pg-core';
import { tenantId } from '../db/columns.ts';

/** Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE for every role. */
export const auditLog = pgTable('audit_log', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  at: timestamp('at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  userId: uuid('user_id'),
  userName: text('user_name'),
  requestId: text('request_id'),
  entity: text('entity').notNull(),
  entityId: text('entity_id').notNull(),
  action: text('action').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  ip: text('ip'),
}, (t) => [
  index('audit_log_tenant_at').on(t.tenantId, t.at),
  index('audit_log_tenant_entity').on(t.tenantId, t.entity, t.entityId),
]);
