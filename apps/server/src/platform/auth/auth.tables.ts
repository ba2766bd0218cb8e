import { pgTable, text, uuid, timestamp, integer, index } from 'drizzle-orm/pg-core';
import { tenantId, createdAt } from '../db/columns.ts';

/** Server-side sessions; the cookie holds a random id, the table only its SHA-256. */
export const sessions = pgTable('sessions', {
  idHash: text('id_hash').primaryKey(),
  tenantId: tenantId(),
  userId: uuid('user_id').notNull(),
  csrfToken: text('csrf_token').notNull(),
  ip: text('ip'),
  userAgent: text('user_agent'),
  createdAt: createdAt(),
  lastSeenAt: timestamp('last_seen_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
}, (t) => [index('sessions_user').on(t.userId)]);

/** Personal API tokens for integrations (Bearer), scoped to permission keys. */
export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  userId: uuid('user_id').notNull(),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  /** Token prefix shown in lists so the user can recognise it. */
  prefix: text('prefix').notNull(),
  scopes: text('scopes').array().notNull().default([]),
  createdAt: createdAt(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true, precision: 3 }),
  expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }),
  revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
}, (t) => [index('api_tokens_user').on(t.tenantId, t.userId)]);

/** Failed-login counter per login name and per client address (pre-authentication, so no tenant). */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, precision: 3 }),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
