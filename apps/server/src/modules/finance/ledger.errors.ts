import { defineErrors, registerConstraintErrors } from '../../platform/http/index.ts';

/** Ledger failures (chart, vouchers, posting API, periods) a caller can act on, in both locales. */
export const ledgerErrors = defineErrors({
  'finance.voucher.invalidLines': { status: 400, message: { 'zh-CN': '凭证分录有误，请按提示修改', 'en-US': 'Some voucher lines are invalid' } },
  'finance.voucher.notDraft': { status: 409, message: { 'zh-CN': '只有草稿凭证可以修改、删除或提交过账', 'en-US': 'Only draft vouchers can be changed, deleted or posted' } },
  'finance.voucher.notPosted': { status: 409, message: { 'zh-CN': '只有已过账的凭证可以冲销', 'en-US': 'Only posted vouchers can be reversed' } },
  'finance.voucher.alreadyReversed': { status: 409, message: { 'zh-CN': '该凭证已被冲销，或本身就是冲销凭证', 'en-US': 'The voucher is already reversed or is itself a reversal' } },
  'finance.voucher.closingVoucher': { status: 409, message: { 'zh-CN': '期末结转凭证不能冲销，请先反结账后重新结转', 'en-US': 'Closing vouchers cannot be reversed; reopen the period and carry forward again' } },
  'finance.voucher.sourceManaged': { status: 409, message: { 'zh-CN': '业务单据生成的凭证请在原单据上作废或冲销', 'en-US': 'Vouchers produced by a business document are reversed through that document' } },
  'finance.posting.noRule': { status: 409, message: { 'zh-CN': '没有找到“{role}”对应的过账规则，请在过账规则中设置', 'en-US': 'No posting rule for role "{role}"; set one up in the posting rules' } },
  'finance.posting.invalid': { status: 400, message: { 'zh-CN': '过账数据有误', 'en-US': 'The posting is invalid' } },
  'finance.account.hasEntries': { status: 409, message: { 'zh-CN': '该科目已有凭证分录，不能增加下级科目', 'en-US': 'The account already has voucher lines and cannot get sub-accounts' } },
  'finance.account.tooDeep': { status: 400, message: { 'zh-CN': '科目级次已达上限', 'en-US': 'The account code cannot get deeper' } },
  'finance.account.full': { status: 409, message: { 'zh-CN': '下级科目编码已用完', 'en-US': 'No free sub-account code is left' } },
  'finance.account.systemDimensions': { status: 409, message: { 'zh-CN': '有分录的科目不能更改辅助核算', 'en-US': 'Dimensions of an account with entries cannot change' } },
  'finance.period.notFound': { status: 404, message: { 'zh-CN': '会计期间不存在', 'en-US': 'Accounting period not found' } },
  'finance.period.earlierOpen': { status: 409, message: { 'zh-CN': '之前的会计期间尚未结账', 'en-US': 'An earlier period is still open' } },
  'finance.period.notClosed': { status: 409, message: { 'zh-CN': '该期间未结账', 'en-US': 'The period is not closed' } },
  'finance.period.alreadyClosed': { status: 409, message: { 'zh-CN': '该期间已结账', 'en-US': 'The period is already closed' } },
  'finance.period.notLatestClosed': { status: 409, message: { 'zh-CN': '只能反结账最近一个已结账期间', 'en-US': 'Only the latest closed period can be reopened' } },
  'finance.period.profitLossNotCarried': { status: 409, message: { 'zh-CN': '本期损益尚未结转，请先结转损益', 'en-US': 'Profit and loss has not been carried forward for this period' } },
  'finance.period.notDecember': { status: 409, message: { 'zh-CN': '年结只能在 12 月份进行', 'en-US': 'Year-end closing is only for December' } },
  'finance.postingRule.notFound': { status: 404, message: { 'zh-CN': '过账规则不存在', 'en-US': 'Posting rule not found' } },
  'finance.postingRule.duplicate': { status: 409, message: { 'zh-CN': '相同条件的过账规则已存在', 'en-US': 'A posting rule with the same conditions exists' } },
  'finance.project.duplicate': { status: 409, message: { 'zh-CN': '项目编码已存在', 'en-US': 'The project code is taken' } },
});

registerConstraintErrors({
  fin_projects_tenant_code: () => ledgerErrors['finance.project.duplicate'](),
  fin_posting_rules_match: () => ledgerErrors['finance.postingRule.duplicate'](),
});
