import { pgTable, text, uuid, jsonb, integer, timestamp, primaryKey, index } from 'drizzle-orm/pg-core';
import { tenantId, createdAt } from '../db/columns.ts';

/**
 * Integration log: one row per (event, handler) delivery, written in the same transaction as the
 * event, updated by the worker. Dead rows can be replayed by an administrator.
 */
export const eventDeliveries = pgTable('event_deliveries', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  eventId: uuid('event_id').notNull(),
  eventType: text('event_type').notNull(),
  handler: text('handler').notNull(),
  /** The whole event envelope (id, type, tenant, actor, time, payload): a replay re-sends it as is. */
  payload: jsonb('payload').notNull(),
  /** pending | succeeded | failed (will retry) | dead */
  status: text('status', { enum: ['pending', 'succeeded', 'failed', 'dead'] }).notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  lastError: text('last_error'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
}, (t) => [index('event_deliveries_tenant_status').on(t.tenantId, t.status, t.createdAt)]);

/** Dedupe ledger: a handler's effect and this row commit together, so a redelivery is a no-op. */
export const eventReceipts = pgTable('event_receipts', {
  tenantId: tenantId(),
  eventId: uuid('event_id').notNull(),
  handler: text('handler').notNull(),
  handledAt: createdAt(),
}, (t) => [primaryKey({ columns: [t.eventId, t.handler] })]);
