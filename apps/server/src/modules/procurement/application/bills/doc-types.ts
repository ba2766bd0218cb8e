import { registerDocType } from '../../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../../platform/links/index.ts';

/** Document type of supplier bills (采购发票) in numbering, the chain, vouchers and open items. */
export const billDocType = 'supplierBill';

registerDocType({ type: billDocType, label: { 'zh-CN': '采购发票', 'en-US': 'Supplier bill' }, defaultPrefix: 'CF' });
registerLinkedType({ type: billDocType, permission: 'procurement.read', route: '/procurement/bills/:id' });
