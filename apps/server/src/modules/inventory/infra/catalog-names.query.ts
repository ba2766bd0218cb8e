import { and, eq, inArray } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { warehouses } from '../../catalog/index.ts';

/** Warehouse names by id, for messages and reports. */
export async function warehouseNamesOf(ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await tx().select({ id: warehouses.id, name: warehouses.name }).from(warehouses)
    .where(and(eq(warehouses.tenantId, actor().tenantId), inArray(warehouses.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}
