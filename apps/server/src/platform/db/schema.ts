// Every table of the system, for Drizzle's typed queries and drizzle-kit's migrations.
export * from '../tenancy/tenant.table.ts';
export * from '../auth/auth.tables.ts';
export * from '../audit/audit.table.ts';
export * from '../numbering/numbering.tables.ts';
export * from '../links/links.table.ts';
export * from '../notify/notifications.table.ts';
export * from '../http/idempotency.table.ts';
export * from '../events/events.tables.ts';
export * from '../webhooks/webhooks.tables.ts';
export * from '../files/files.table.ts';
export * from '../../modules/org/infra/org.tables.ts';
export * from '../../modules/approval/infra/approval.tables.ts';
export * from '../../modules/partners/infra/partners.table.ts';
export * from '../../modules/finance/infra/finance.tables.ts';

import * as tenancy from '../tenancy/tenant.table.ts';
import * as auth from '../auth/auth.tables.ts';
import * as audit from '../audit/audit.table.ts';
import * as numbering from '../numbering/numbering.tables.ts';
import * as links from '../links/links.table.ts';
import * as notify from '../notify/notifications.table.ts';
import * as idempotency from '../http/idempotency.table.ts';
import * as events from '../events/events.tables.ts';
import * as webhooks from '../webhooks/webhooks.tables.ts';
import * as files from '../files/files.table.ts';
import * as org from '../../modules/org/infra/org.tables.ts';
import * as approval from '../../modules/approval/infra/approval.tables.ts';
import * as partners from '../../modules/partners/infra/partners.table.ts';
import * as finance from '../../modules/finance/infra/finance.tables.ts';

export const schema = { ...tenancy, ...auth, ...audit, ...numbering, ...links, ...notify, ...idempotency, ...events, ...webhooks, ...files, ...org, ...approval, ...partners, ...finance };
