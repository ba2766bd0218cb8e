// What the ledger area offers the rest of the system (re-exported by the module's index.ts).
import { registerLinkedType } from '../../../../platform/links/index.ts';
import './voucher-approval.handlers.ts';

// Vouchers appear in document chains (source document → voucher, voucher → its reversal).
registerLinkedType({ type: 'voucher', permission: 'finance.voucher.read', route: '/finance/vouchers/:id' });

export { postDocument } from './post-document.ts';
export type { PostingInput, PostingLine, VoucherWord } from './post-document.ts';
export { reverseDocumentPosting } from './reverse.ts';
export { ensureFinanceSetup } from './setup.ts';
export { accountByCode, createSubAccount } from './accounts.ts';
