import { numberLines, type StatementLine } from './statement.ts';

// 利润表 in the PRC general enterprise layout. Figures are the period's P&L activity before the
// carry-forward to 本年利润. Income rows show credit − debit, expense rows debit − credit; the
// catch-all '6' (e.g. 6901 以前年度损益调整) lands in 营业外收入 so 净利润 always equals the
// whole P&L class.

const L = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const income = (key: string, zh: string, en: string, prefixes: string[], indent = 0): StatementLine => ({ key, label: L(zh, en), kind: 'item', indent, prefixes, natural: 'credit' });
const expense = (key: string, zh: string, en: string, prefixes: string[], indent = 1): StatementLine => ({ key, label: L(zh, en), kind: 'item', indent, prefixes, natural: 'debit' });
const plus = (key: string) => ({ key, sign: 1 as const });
const minus = (key: string) => ({ key, sign: -1 as const });

export const incomeStatementLines = numberLines([
  income('revenue', '一、营业收入', 'Revenue', ['6001', '6051']),
  expense('costOfSales', '减：营业成本', 'Less: cost of sales', ['6401', '6402']),
  expense('taxesAndSurcharges', '税金及附加', 'Taxes and surcharges', ['6403']),
  expense('sellingExpenses', '销售费用', 'Selling expenses', ['6601']),
  expense('adminExpenses', '管理费用', 'Administrative expenses', ['6602']),
  expense('financeExpenses', '财务费用', 'Finance expenses', ['6603']),
  expense('impairmentLosses', '资产减值损失', 'Asset impairment losses', ['6701', '6702']),
  income('fairValueGains', '加：公允价值变动收益（损失以“-”号填列）', 'Add: fair value gains (losses negative)', ['6101'], 1),
  income('investmentIncome', '投资收益（损失以“-”号填列）', 'Investment income (losses negative)', ['6111'], 1),
  income('otherIncome', '其他收益', 'Other income', ['6117', '6115'], 1),
  {
    key: 'operatingProfit', label: L('二、营业利润（亏损以“-”号填列）', 'Operating profit (loss negative)'), kind: 'subtotal', indent: 0,
    sum: [plus('revenue'), minus('costOfSales'), minus('taxesAndSurcharges'), minus('sellingExpenses'), minus('adminExpenses'),
      minus('financeExpenses'), minus('impairmentLosses'), plus('fairValueGains'), plus('investmentIncome'), plus('otherIncome')],
  },
  income('nonOperatingIncome', '加：营业外收入', 'Add: non-operating income', ['6301', '6'], 1),
  expense('nonOperatingExpenses', '减：营业外支出', 'Less: non-operating expenses', ['6711']),
  {
    key: 'totalProfit', label: L('三、利润总额（亏损总额以“-”号填列）', 'Total profit (loss negative)'), kind: 'subtotal', indent: 0,
    sum: [plus('operatingProfit'), plus('nonOperatingIncome'), minus('nonOperatingExpenses')],
  },
  expense('incomeTax', '减：所得税费用', 'Less: income tax expense', ['6801']),
  {
    key: 'netProfit', label: L('四、净利润（净亏损以“-”号填列）', 'Net profit (net loss negative)'), kind: 'total', indent: 0,
    sum: [plus('totalProfit'), minus('incomeTax')],
  },
]);
