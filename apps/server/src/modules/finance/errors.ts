import { defineErrors, registerConstraintErrors } from '../../platform/http/index.ts';

/** Failures of the ledger a caller can act on, in both locales. Add new ones here. */
export const financeErrors = defineErrors({
  'finance.voucher.unbalanced': { status: 400, message: { 'zh-CN': '借贷不平衡：借方合计必须等于贷方合计，且凭证至少两行', 'en-US': 'Unbalanced voucher: total debits must equal total credits, with at least two lines' } },
  'finance.voucher.posted': { status: 409, message: { 'zh-CN': '凭证已过账，不能修改或删除，请红字冲销', 'en-US': 'The voucher is posted and cannot be changed or deleted; reverse it instead' } },
  'finance.voucher.periodMismatch': { status: 400, message: { 'zh-CN': '凭证日期不在所属会计期间内', 'en-US': 'The voucher date is outside its accounting period' } },
  'finance.voucher.notFound': { status: 404, message: { 'zh-CN': '凭证不存在', 'en-US': 'Voucher not found' } },
  'finance.account.notPostable': { status: 400, message: { 'zh-CN': '只能使用启用的末级科目记账', 'en-US': 'Only enabled leaf accounts can take entries' } },
  'finance.account.notFound': { status: 404, message: { 'zh-CN': '会计科目不存在', 'en-US': 'Account not found' } },
  'finance.period.closed': { status: 409, message: { 'zh-CN': '会计期间未开启或已结账，不能记账', 'en-US': 'The accounting period is not open or is closed' } },
  'finance.period.hasDrafts': { status: 409, message: { 'zh-CN': '本期还有未过账的凭证，不能结账', 'en-US': 'The period still has unposted vouchers and cannot be closed' } },
  'finance.openItem.overSettled': { status: 409, message: { 'zh-CN': '核销金额超过未结金额', 'en-US': 'The settled amount exceeds the open amount' } },
});

// The ledger's database rules (migration 0005_finance_rules) raise these pseudo-constraints.
registerConstraintErrors({
  fin_voucher_balanced: () => financeErrors['finance.voucher.unbalanced'](),
  fin_voucher_lines_one_side: () => financeErrors['finance.voucher.unbalanced'](),
  fin_voucher_posted_immutable: () => financeErrors['finance.voucher.posted'](),
  fin_voucher_period_mismatch: () => financeErrors['finance.voucher.periodMismatch'](),
  fin_voucher_account_not_postable: () => financeErrors['finance.account.notPostable'](),
  fin_period_closed: () => financeErrors['finance.period.closed'](),
  fin_period_has_drafts: () => financeErrors['finance.period.hasDrafts'](),
  fin_open_items_settled_range: () => financeErrors['finance.openItem.overSettled'](),
});
