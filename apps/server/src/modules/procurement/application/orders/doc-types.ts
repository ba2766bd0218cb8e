import { registerDocType } from '../../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../../platform/links/index.ts';

/** Document type of purchase orders in numbering, the chain, approvals and vouchers. */
export const orderDocType = 'purchaseOrder';
/** The approval request type of manual purchase orders (采购订单审批, by amount tier). */
export const orderApprovalType = 'purchaseOrder';

registerDocType({ type: orderDocType, label: { 'zh-CN': '采购订单', 'en-US': 'Purchase order' }, defaultPrefix: 'CG' });
registerLinkedType({ type: orderDocType, permission: 'procurement.read', route: '/procurement/orders/:id' });
