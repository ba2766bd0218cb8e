// What the cash area offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';
import './payment-approval.handlers.ts';

export { createPaymentRequest } from './create-payment.ts';
export { cashErrors } from '../../cash.errors.ts';
