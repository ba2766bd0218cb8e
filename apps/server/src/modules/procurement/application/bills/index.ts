// What the bills area offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';

export { billDocType } from './doc-types.ts';
export { billPaymentRequestOf, recordBillPayments, setBillPaymentRequest } from './record-bill-payment.ts';
export { billErrors } from '../../bills.errors.ts';
