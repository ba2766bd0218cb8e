import { pgTable, text, uuid, jsonb, integer, timestamp, primaryKey } from 'drizzle-orm/pg-core';
import { tenantId, createdAt } from '../db/columns.ts';

/** First response per `Idempotency-Key`, replayed to retries. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  tenantId: tenantId(),
  key: text('key').notNull(),
  userId: uuid('user_id'),
  method: text('method').notNull(),
  path: text('path').notNull(),
  requestHash: text('request_hash').notNull(),
  state: text('state', { enum: ['pending', 'done'] }).notNull().default('pending'),
  responseStatus: integer('response_status'),
  responseBody: jsonb('response_body'),
  createdAt: createdAt(),
  completedAt: timestamp('completed_at', { withTimezone: true, precision: 3 }),
}, (t) => [primaryKey({ columns: [t.tenantId, t.key] })]);
