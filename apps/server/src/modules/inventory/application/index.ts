// What inventory offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';
import './low-stock.handler.ts';

export { applyStockMoves } from './apply-stock-moves.ts';
export type { StockMoveInput, AppliedStockMove, StockMoveKind } from './apply-stock-moves.ts';
export { reserveStock, releaseReservation } from './reservations.ts';
export type { ReserveStockInput } from './reservations.ts';
export { stockOf, adjustIncoming, syncAllowNegative } from './stock-levels.ts';
export type { StockLevel } from './stock-levels.ts';
export { inventoryDocTypes } from './doc-types.ts';
export { inventoryErrors } from '../inventory.errors.ts';
