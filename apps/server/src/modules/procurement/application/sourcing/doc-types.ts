import { registerDocType } from '../../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../../platform/links/index.ts';

/** Document type of requests for quotation (询价单) in numbering and the chain. */
export const rfqDocType = 'rfq';

registerDocType({ type: rfqDocType, label: { 'zh-CN': '询价单', 'en-US': 'Request for quotation' }, defaultPrefix: 'XJ' });
registerLinkedType({ type: rfqDocType, permission: 'procurement.read', route: '/procurement/rfqs/:id' });
