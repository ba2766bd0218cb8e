import { and, asc, count, eq, isNotNull, ne, sql, type SQL } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { positions, users } from './org.tables.ts';

export type PositionRow = typeof positions.$inferSelect;
export type NewPositionRow = typeof positions.$inferInsert;

function ownTenant(): SQL {
  return eq(positions.tenantId, actor().tenantId);
}

export async function listPositionRows(): Promise<PositionRow[]> {
  return tx().select().from(positions).where(ownTenant()).orderBy(asc(positions.sortOrder), asc(positions.name));
}

export async function userCountsByPosition(): Promise<Map<string, number>> {
  const rows = await tx().select({ positionId: users.positionId, n: count() }).from(users)
    .where(and(eq(users.tenantId, actor().tenantId), isNotNull(users.positionId))).groupBy(users.positionId);
  return new Map(rows.map((r) => [r.positionId as string, r.n]));
}

export async function findPosition(id: string): Promise<PositionRow | undefined> {
  const rows = await tx().select().from(positions).where(and(eq(positions.id, id), ownTenant())).limit(1);
  return rows[0];
}

export async function positionNameExists(name: string, exceptId?: string): Promise<boolean> {
  const rows = await tx().select({ id: positions.id }).from(positions)
    .where(and(ownTenant(), sql`lower(${positions.name}) = lower(${name})`, exceptId ? ne(positions.id, exceptId) : undefined)).limit(1);
  return rows.length > 0;
}

export async function insertPosition(row: NewPositionRow): Promise<void> {
  await tx().insert(positions).values(row);
}

export async function updatePositionRow(id: string, patch: Partial<NewPositionRow>): Promise<void> {
  await tx().update(positions).set({ ...patch, updatedAt: new Date() }).where(and(eq(positions.id, id), ownTenant()));
}

export async function countPositionUsers(id: string): Promise<number> {
  const [row] = await tx().select({ n: count() }).from(users).where(and(eq(users.tenantId, actor().tenantId), eq(users.positionId, id)));
  return row?.n ?? 0;
}

export async function deletePositionRow(id: string): Promise<void> {
  await tx().delete(positions).where(and(eq(positions.id, id), ownTenant()));
}
