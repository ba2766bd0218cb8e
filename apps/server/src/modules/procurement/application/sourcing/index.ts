// What the sourcing area offers the rest of the system (re-exported by the module's index.ts).
export { bestSupplierPrice } from './best-supplier-price.ts';
export type { BestSupplierPrice } from './best-supplier-price.ts';
