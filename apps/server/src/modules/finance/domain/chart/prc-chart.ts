// 企业会计准则 (PRC Accounting Standards for Business Enterprises) standard chart, as seeded for every
// company. Codes are fixed by the standard: level 1 = 4 digits, each lower level adds 2 digits, so a
// parent is found by dropping the last two digits. Sub-accounts companies add follow the same rule.

export type AccountCategory = 'asset' | 'liability' | 'common' | 'equity' | 'cost' | 'profitLoss';
export type DimensionKey = 'partner' | 'department' | 'employee' | 'project' | 'item';

export interface ChartEntry {
  code: string;
  name: string;
  category: AccountCategory;
  direction: 'debit' | 'credit';
  /** 辅助核算 required on every line of this account. */
  dimensions?: DimensionKey[];
  /** Cash and bank: journals and the cash-flow statement read these. */
  isCash?: boolean;
}

const a = (code: string, name: string, direction: 'debit' | 'credit' = 'debit', extra: Partial<ChartEntry> = {}): ChartEntry => ({ code, name, category: 'asset', direction, ...extra });
const l = (code: string, name: string, direction: 'debit' | 'credit' = 'credit', extra: Partial<ChartEntry> = {}): ChartEntry => ({ code, name, category: 'liability', direction, ...extra });
const e = (code: string, name: string): ChartEntry => ({ code, name, category: 'equity', direction: 'credit' });
const c = (code: string, name: string): ChartEntry => ({ code, name, category: 'cost', direction: 'debit' });
const pl = (code: string, name: string, direction: 'debit' | 'credit', extra: Partial<ChartEntry> = {}): ChartEntry => ({ code, name, category: 'profitLoss', direction, ...extra });

// Receivables and payables are kept per partner (往来); selling and admin expenses per department
// (cost centre) so budgets can be compared with actuals.
const partner: Partial<ChartEntry> = { dimensions: ['partner'] };
const department: Partial<ChartEntry> = { dimensions: ['department'] };

export const prcChart: readonly ChartEntry[] = [
  a('1001', '库存现金', 'debit', { isCash: true }),
  a('1002', '银行存款', 'debit', { isCash: true }),
  a('1012', '其他货币资金', 'debit', { isCash: true }),
  a('1101', '交易性金融资产'),
  a('1121', '应收票据'),
  a('1122', '应收账款', 'debit', partner),
  a('1123', '预付账款', 'debit', partner),
  a('1131', '应收股利'),
  a('1132', '应收利息'),
  a('1221', '其他应收款'),
  a('1231', '坏账准备', 'credit'),
  a('1401', '材料采购'),
  a('1402', '在途物资'),
  a('1403', '原材料'),
  a('1404', '材料成本差异'),
  a('1405', '库存商品'),
  a('1406', '发出商品'),
  a('1408', '委托加工物资'),
  a('1411', '周转材料'),
  a('1471', '存货跌价准备', 'credit'),
  a('1511', '长期股权投资'),
  a('1601', '固定资产'),
  a('1602', '累计折旧', 'credit'),
  a('1603', '固定资产减值准备', 'credit'),
  a('1604', '在建工程'),
  a('1606', '固定资产清理'),
  a('1701', '无形资产'),
  a('1702', '累计摊销', 'credit'),
  a('1801', '长期待摊费用'),
  a('1811', '递延所得税资产'),
  a('1901', '待处理财产损溢'),
  l('2001', '短期借款'),
  l('2201', '应付票据'),
  l('2202', '应付账款', 'credit', partner),
  l('2203', '预收账款', 'credit', partner),
  l('2211', '应付职工薪酬'),
  l('2221', '应交税费'),
  l('222101', '应交增值税'),
  l('22210101', '进项税额', 'debit'),
  l('22210102', '销项税额'),
  l('22210103', '已交税金', 'debit'),
  l('22210104', '转出未交增值税', 'debit'),
  l('22210105', '进项税额转出'),
  l('222102', '未交增值税'),
  l('222103', '应交企业所得税'),
  l('222104', '应交个人所得税'),
  l('222105', '应交城市维护建设税'),
  l('222106', '应交教育费附加'),
  l('2231', '应付利息'),
  l('2232', '应付股利'),
  l('2241', '其他应付款'),
  l('2501', '长期借款'),
  l('2701', '长期应付款'),
  l('2901', '递延所得税负债'),
  e('4001', '实收资本'),
  e('4002', '资本公积'),
  e('4101', '盈余公积'),
  e('4103', '本年利润'),
  e('4104', '利润分配'),
  e('410401', '未分配利润'),
  c('5001', '生产成本'),
  c('5101', '制造费用'),
  c('5201', '劳务成本'),
  c('5301', '研发支出'),
  pl('6001', '主营业务收入', 'credit'),
  pl('6051', '其他业务收入', 'credit'),
  pl('6111', '投资收益', 'credit'),
  pl('6301', '营业外收入', 'credit'),
  pl('6401', '主营业务成本', 'debit'),
  pl('6402', '其他业务成本', 'debit'),
  pl('6403', '税金及附加', 'debit'),
  pl('6601', '销售费用', 'debit', department),
  pl('6602', '管理费用', 'debit', department),
  pl('6603', '财务费用', 'debit'),
  pl('6701', '资产减值损失', 'debit'),
  pl('6711', '营业外支出', 'debit'),
  pl('6801', '所得税费用', 'debit'),
];

/** The parent code of a sub-account code (2221 → null, 222101 → 2221). */
export function parentCodeOf(code: string): string | null {
  return code.length > 4 ? code.slice(0, -2) : null;
}

/** 1 for 4-digit codes, +1 per 2 more digits. */
export function levelOf(code: string): number {
  return 1 + (code.length - 4) / 2;
}

/**
 * Default posting rules for any document type ('*'): which account a line role goes to.
 * goodsReceivedNotInvoiced (暂估) goes to 2202 应付账款 as the standard 暂估入账 practice.
 */
export const defaultPostingRules: readonly { role: string; code: string; itemCategory?: string }[] = [
  { role: 'receivable', code: '1122' },
  { role: 'payable', code: '2202' },
  { role: 'advanceReceived', code: '2203' },
  { role: 'prepayment', code: '1123' },
  { role: 'otherReceivable', code: '1221' },
  { role: 'otherPayable', code: '2241' },
  { role: 'bank', code: '1002' },
  { role: 'cash', code: '1001' },
  { role: 'inventory', code: '1405' },
  { role: 'inventory', code: '1403', itemCategory: 'material' },
  { role: 'vatInput', code: '22210101' },
  { role: 'vatOutput', code: '22210102' },
  { role: 'revenue', code: '6001' },
  { role: 'cogs', code: '6401' },
  { role: 'salesExpense', code: '6601' },
  { role: 'adminExpense', code: '6602' },
  { role: 'financeExpense', code: '6603' },
  { role: 'goodsReceivedNotInvoiced', code: '2202' },
];
