import { registerDocType } from '../../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../../platform/links/index.ts';

/** Document type of purchase requests in numbering, the chain and approvals. */
export const requestDocType = 'purchaseRequest';
/** The OA request type 采购申请 the document is approved through. */
export const requestApprovalType = 'purchaseRequest';

registerDocType({ type: requestDocType, label: { 'zh-CN': '采购申请', 'en-US': 'Purchase request' }, defaultPrefix: 'QG' });
// Any employee raises requests; the request page itself decides who may open it.
registerLinkedType({ type: requestDocType, route: '/procurement/requests/:id' });
