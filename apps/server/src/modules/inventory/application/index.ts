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
// Use cases other modules (and the demo company) may run in their own unit of work.
export { saveReorderRule, removeReorderRule } from './reorder-rules.ts';
export { createTransfer } from './transfers.ts';
export { createAdjustment } from './adjustments.ts';
export { createStockCount } from './counts/create-count.ts';
export { enterCountedQuantities } from './counts/count-lines.ts';
export { postStockCount, cancelStockCount } from './counts/post-count.ts';
export { listStockAlerts } from './stock-overview.ts';
/** Who is told about stock to buy (holders of procurement.order, else the 采购部 head); the loops reuse it. */
export { purchaserIds } from '../infra/purchasers.query.ts';
