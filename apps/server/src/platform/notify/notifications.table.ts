import { pgTable, text, uuid, jsonb, timestamp, index } from 'drizzle-orm/pg-core';
import { tenantId, createdAt } from '../db/columns.ts';

export const notifications = pgTable('notifications', {
  id: uuid('id').primaryKey(),
  tenantId: tenantId(),
  userId: uuid('user_id').notNull(),
  category: text('category').notNull().default('system'),
  title: text('title').notNull(),
  body: text('body'),
  /** Web route to open, e.g. `/org/users/…`. */
  link: text('link'),
  data: jsonb('data'),
  readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
  emailedAt: timestamp('emailed_at', { withTimezone: true, precision: 3 }),
  createdAt: createdAt(),
}, (t) => [index('notifications_user').on(t.tenantId, t.userId, t.createdAt)]);
