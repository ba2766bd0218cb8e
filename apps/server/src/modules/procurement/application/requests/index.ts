// What the requests area offers the rest of the system (re-exported by the module's index.ts).
import './doc-types.ts';
import './request-approval.handlers.ts';

export { createOrdersFromRequest } from './create-orders-from-request.ts';
export { refreshRequestStatus, requestIdsOfOrderLines } from './refresh-request-status.ts';
export { requestDocType } from './doc-types.ts';
export { requestErrors } from '../../requests.errors.ts';
