import { eq, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { actor } from '../../../platform/tx/index.ts';

/** The tenant's own rows only: the first wall, with row-level security as the second. */
export function ownTenant(column: PgColumn): SQL {
  return eq(column, actor().tenantId);
}
