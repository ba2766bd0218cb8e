import { registerDocType } from '../../../../platform/numbering/index.ts';
import { registerLinkedType } from '../../../../platform/links/index.ts';

/** Source type of invoices entered in finance, in vouchers, open items and the document chain. */
export const invoiceSourceType = 'finInvoice';

/** Numbering per kind: 应收单 YS-…, 应付单 YF-…. */
export const invoiceDocType = { receivable: 'finReceivable', payable: 'finPayable' } as const;

registerDocType({ type: invoiceDocType.receivable, label: { 'zh-CN': '应收单', 'en-US': 'Receivable invoice' }, defaultPrefix: 'YS' });
registerDocType({ type: invoiceDocType.payable, label: { 'zh-CN': '应付单', 'en-US': 'Payable invoice' }, defaultPrefix: 'YF' });
registerLinkedType({ type: invoiceSourceType, permission: 'finance.arap.read', route: '/finance/invoices/:id' });
