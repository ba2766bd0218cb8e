// What the receipts area offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';

export { receiptDocType, returnDocType } from './doc-types.ts';
export { receiptErrors } from '../../receipts.errors.ts';
