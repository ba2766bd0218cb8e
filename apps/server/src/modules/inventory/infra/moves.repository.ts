import { and, asc, eq, gt } from 'drizzle-orm';
import { newId } from '../../../platform/db/index.ts';
import { actor, tx } from '../../../platform/tx/index.ts';
import { stockLayers, stockMoves } from './inventory.tables.ts';

export type MoveRow = typeof stockMoves.$inferSelect;
export type NewMoveRow = Omit<typeof stockMoves.$inferInsert, 'id' | 'tenantId' | 'seq' | 'createdBy'>;

/** Appends one move to the ledger; returns its id and global sequence. */
export async function insertMove(row: NewMoveRow): Promise<{ id: string; seq: number }> {
  const { tenantId, userId } = actor();
  const [created] = await tx().insert(stockMoves)
    .values({ ...row, id: newId(), tenantId, createdBy: userId || null })
    .returning({ id: stockMoves.id, seq: stockMoves.seq });
  if (!created) throw new Error('stock_moves: insert returned no row');
  return created;
}

export type LayerRow = typeof stockLayers.$inferSelect;

/** Open FIFO layers of one balance, oldest first (the balance row is locked by the caller). */
export async function openLayers(itemId: string, warehouseId: string): Promise<LayerRow[]> {
  return tx().select().from(stockLayers)
    .where(and(eq(stockLayers.tenantId, actor().tenantId), eq(stockLayers.itemId, itemId), eq(stockLayers.warehouseId, warehouseId), gt(stockLayers.remaining, '0')))
    .orderBy(asc(stockLayers.moveSeq));
}

export async function insertLayer(row: { itemId: string; warehouseId: string; moveId: string; moveSeq: number; quantity: string; unitCost: string }): Promise<string> {
  const id = newId();
  await tx().insert(stockLayers).values({ ...row, id, tenantId: actor().tenantId, remaining: row.quantity });
  return id;
}

export async function setLayerRemaining(id: string, remaining: string): Promise<void> {
  await tx().update(stockLayers).set({ remaining }).where(and(eq(stockLayers.tenantId, actor().tenantId), eq(stockLayers.id, id)));
}
