import { and, asc, eq, inArray } from 'drizzle-orm';
import { tx } from '../../../platform/tx/index.ts';
import { units } from './catalog.tables.ts';
import { ownTenant } from './catalog-scope.ts';

export type UnitRow = typeof units.$inferSelect;
export type NewUnitRow = typeof units.$inferInsert;

export async function findUnits(ids?: readonly string[]): Promise<UnitRow[]> {
  if (ids && ids.length === 0) return [];
  return tx().select().from(units)
    .where(and(ownTenant(units.tenantId), ids ? inArray(units.id, [...ids]) : undefined))
    .orderBy(asc(units.code));
}

export async function findUnit(id: string): Promise<UnitRow | undefined> {
  const [row] = await findUnits([id]);
  return row;
}

export async function insertUnit(row: NewUnitRow): Promise<UnitRow> {
  const [created] = await tx().insert(units).values(row).returning();
  if (!created) throw new Error('units: insert returned no row');
  return created;
}

export async function updateUnitRow(id: string, changes: Partial<NewUnitRow>): Promise<UnitRow | undefined> {
  const [row] = await tx().update(units).set(changes).where(and(ownTenant(units.tenantId), eq(units.id, id))).returning();
  return row;
}
