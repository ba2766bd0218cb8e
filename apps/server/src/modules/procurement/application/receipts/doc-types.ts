import { registerDocType } from '../../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../../platform/links/index.ts';

/** Document types of goods receipts (采购入库 RK-…) and returns to supplier (采购退货 TH-…). */
export const receiptDocType = 'purchaseReceipt';
export const returnDocType = 'purchaseReturn';

registerDocType({ type: receiptDocType, label: { 'zh-CN': '采购入库单', 'en-US': 'Goods receipt' }, defaultPrefix: 'RK' });
registerDocType({ type: returnDocType, label: { 'zh-CN': '采购退货单', 'en-US': 'Purchase return' }, defaultPrefix: 'TH' });
registerLinkedType({ type: receiptDocType, permission: 'procurement.read', route: '/procurement/receipts/:id' });
registerLinkedType({ type: returnDocType, permission: 'procurement.read', route: '/procurement/returns/:id' });
