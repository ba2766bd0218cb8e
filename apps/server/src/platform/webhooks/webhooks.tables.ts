import { pgTable, text, uuid, jsonb, integer, boolean, timestamp, index } from 'drizzle-orm/pg-core';
import { tenantId, createdAt } from '../db/columns.ts';

export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  name: text('name').notNull(),
  url: text('url').notNull(),
  /** HMAC-SHA256 key; deliveries carry `X-Triad-Signature: sha256=<hex>`. */
  secret: text('secret').notNull(),
  eventTypes: text('event_types').array().notNull(),
  active: boolean('active').notNull().default(true),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

export const webhookDeliveries = pgTable('webhook_deliveries', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  subscriptionId: uuid('subscription_id').notNull(),
  eventId: uuid('event_id').notNull(),
  eventType: text('event_type').notNull(),
  payload: jsonb('payload').notNull(),
  status: text('status', { enum: ['pending', 'succeeded', 'failed', 'dead'] }).notNull().default('pending'),
  attempts: integer('attempts').notNull().default(0),
  responseStatus: integer('response_status'),
  lastError: text('last_error'),
  createdAt: createdAt(),
  deliveredAt: timestamp('delivered_at', { withTimezone: true, precision: 3 }),
}, (t) => [index('webhook_deliveries_sub').on(t.tenantId, t.subscriptionId, t.createdAt)]);
