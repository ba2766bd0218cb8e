// What the sourcing area offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';

export { bestSupplierPrice } from './best-supplier-price.ts';
export type { BestSupplierPrice } from './best-supplier-price.ts';
export { createSupplierPrice } from './supplier-prices.ts';
export { rfqDocType } from './doc-types.ts';
export { sourcingErrors } from '../../sourcing.errors.ts';
export { purchaseRequestRefs } from './request-refs.ts';
export type { PurchaseRequestRef } from './request-refs.ts';
