import { and, asc, eq } from 'drizzle-orm';
import { actor, tx } from '../../../platform/tx/index.ts';
import { stockReservations } from './inventory.tables.ts';

export type ReservationRow = typeof stockReservations.$inferSelect;

const own = () => eq(stockReservations.tenantId, actor().tenantId);

export async function findReservation(id: string, forUpdate = false): Promise<ReservationRow | undefined> {
  const q = tx().select().from(stockReservations).where(and(own(), eq(stockReservations.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

/** Active reservations a document holds on one item × warehouse, oldest first. */
export async function activeReservationsOf(sourceType: string, sourceId: string, itemId: string, warehouseId: string): Promise<ReservationRow[]> {
  return tx().select().from(stockReservations)
    .where(and(own(), eq(stockReservations.sourceType, sourceType), eq(stockReservations.sourceId, sourceId),
      eq(stockReservations.itemId, itemId), eq(stockReservations.warehouseId, warehouseId), eq(stockReservations.status, 'active')))
    .orderBy(asc(stockReservations.createdAt), asc(stockReservations.id))
    .for('update');
}

export async function updateReservation(id: string, changes: Partial<Pick<ReservationRow, 'status' | 'quantity'>>): Promise<void> {
  await tx().update(stockReservations).set({ ...changes, updatedAt: new Date() }).where(and(own(), eq(stockReservations.id, id)));
}
