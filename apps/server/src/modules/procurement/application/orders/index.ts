// What the orders area offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';
import './order-approval.handlers.ts';

export { createPurchaseOrder } from './create-order.ts';
export type { NewPurchaseOrder } from './create-order.ts';
export type { OrderLineInput } from './prepare-lines.ts';
export { orderDocType, orderApprovalType } from './doc-types.ts';
export { orderErrors } from '../../orders.errors.ts';
