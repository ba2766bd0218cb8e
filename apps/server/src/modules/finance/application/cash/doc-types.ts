import { registerDocType } from '../../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../../platform/links/index.ts';

/** Source type of payments and receipts in vouchers, approvals and the document chain. */
export const paymentSourceType = 'finPayment';
/** The approval request type of payment requests (付款申请). */
export const paymentRequestType = 'financePayment';

/** Numbering per direction: 付款单 FK-…, 收款单 SK-…. */
export const paymentDocType = { out: 'finPayment', in: 'finReceipt' } as const;

registerDocType({ type: paymentDocType.out, label: { 'zh-CN': '付款单', 'en-US': 'Payment' }, defaultPrefix: 'FK' });
registerDocType({ type: paymentDocType.in, label: { 'zh-CN': '收款单', 'en-US': 'Receipt' }, defaultPrefix: 'SK' });
registerLinkedType({ type: paymentSourceType, permission: 'finance.payment.request', route: '/finance/payments/:id' });
