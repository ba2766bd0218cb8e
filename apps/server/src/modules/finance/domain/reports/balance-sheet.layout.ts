import { numberLines, type StatementLine } from './statement.ts';

// 资产负债表 in the PRC general enterprise layout (一般企业财务报表格式), read from the chart of
// accounts by code prefix. Catch-all prefixes ('1', '2', '4', '5') make every account land in a
// row, so 资产总计 = 负债和所有者权益总计 whenever the books balance. Profit not yet carried
// forward (6xxx balances) is shown in 未分配利润, so the sheet also balances mid-period.

const L = (zh: string, en: string) => ({ 'zh-CN': zh, 'en-US': en });
const heading = (key: string, zh: string, en: string, indent = 0): StatementLine => ({ key, label: L(zh, en), kind: 'heading', indent });
const asset = (key: string, zh: string, en: string, prefixes: string[]): StatementLine => ({ key, label: L(zh, en), kind: 'item', indent: 1, prefixes, natural: 'debit' });
const claim = (key: string, zh: string, en: string, prefixes: string[]): StatementLine => ({ key, label: L(zh, en), kind: 'item', indent: 1, prefixes, natural: 'credit' });
const sumOf = (key: string, zh: string, en: string, kind: 'subtotal' | 'total', keys: string[]): StatementLine =>
  ({ key, label: L(zh, en), kind, indent: kind === 'subtotal' ? 1 : 0, sum: keys.map((k) => ({ key: k, sign: 1 as const })) });

const currentAssets = [
  asset('cash', '货币资金', 'Cash and cash equivalents', ['1001', '1002', '1012']),
  asset('tradingAssets', '交易性金融资产', 'Held-for-trading financial assets', ['1101']),
  asset('notesReceivable', '应收票据', 'Notes receivable', ['1121']),
  asset('accountsReceivable', '应收账款', 'Accounts receivable', ['1122', '1231']),
  asset('prepayments', '预付款项', 'Prepayments', ['1123']),
  asset('otherReceivables', '其他应收款', 'Other receivables', ['1131', '1132', '1221']),
  // 存货 = 材料采购/在途/原材料/库存商品… less 存货跌价准备, plus 生产成本 and the other cost accounts.
  asset('inventories', '存货', 'Inventories', ['1401', '1402', '1403', '1404', '1405', '1406', '1407', '1408', '1411', '1421', '1471', '5']),
  asset('otherCurrentAssets', '其他流动资产', 'Other current assets', ['1']),
];
const nonCurrentAssets = [
  asset('debtInvestments', '债权投资', 'Debt investments', ['1501', '1502']),
  asset('longTermReceivables', '长期应收款', 'Long-term receivables', ['1531', '1532']),
  asset('longTermEquityInvestments', '长期股权投资', 'Long-term equity investments', ['1511', '1512']),
  asset('investmentProperty', '投资性房地产', 'Investment property', ['1521']),
  asset('fixedAssets', '固定资产', 'Fixed assets', ['1601', '1602', '1603', '1606']),
  asset('constructionInProgress', '在建工程', 'Construction in progress', ['1604', '1605']),
  asset('intangibleAssets', '无形资产', 'Intangible assets', ['1701', '1702', '1703']),
  asset('developmentCosts', '开发支出', 'Development costs', ['5301']),
  asset('goodwill', '商誉', 'Goodwill', ['1711']),
  asset('longTermPrepaid', '长期待摊费用', 'Long-term prepaid expenses', ['1801']),
  asset('deferredTaxAssets', '递延所得税资产', 'Deferred tax assets', ['1811']),
];
const currentLiabilities = [
  claim('shortTermLoans', '短期借款', 'Short-term borrowings', ['2001']),
  claim('tradingLiabilities', '交易性金融负债', 'Held-for-trading financial liabilities', ['2101']),
  claim('notesPayable', '应付票据', 'Notes payable', ['2201']),
  claim('accountsPayable', '应付账款', 'Accounts payable', ['2202']),
  claim('advancesReceived', '预收款项', 'Advances from customers', ['2203']),
  claim('payrollPayable', '应付职工薪酬', 'Employee benefits payable', ['2211']),
  claim('taxesPayable', '应交税费', 'Taxes payable', ['2221']),
  claim('otherPayables', '其他应付款', 'Other payables', ['2231', '2232', '2241']),
  // Catch-all of class 2 and the common class 3 (共同类, rare in SMEs).
  claim('otherCurrentLiabilities', '其他流动负债', 'Other current liabilities', ['2', '3']),
];
const nonCurrentLiabilities = [
  claim('longTermLoans', '长期借款', 'Long-term borrowings', ['2501']),
  claim('bondsPayable', '应付债券', 'Bonds payable', ['2502']),
  claim('longTermPayables', '长期应付款', 'Long-term payables', ['2701', '2702']),
  claim('provisions', '预计负债', 'Provisions', ['2801']),
  claim('deferredIncome', '递延收益', 'Deferred income', ['2401']),
  claim('deferredTaxLiabilities', '递延所得税负债', 'Deferred tax liabilities', ['2901']),
];
const equity = [
  claim('paidInCapital', '实收资本（或股本）', 'Paid-in capital', ['4001']),
  claim('capitalReserve', '资本公积', 'Capital reserve', ['4002']),
  claim('surplusReserve', '盈余公积', 'Surplus reserve', ['4101']),
  // 本年利润 + 利润分配 + P&L not yet carried forward; other equity accounts (库存股…) net in here.
  claim('retainedEarnings', '未分配利润', 'Retained earnings', ['4103', '4104', '4', '6']),
];
const keys = (lines: StatementLine[]) => lines.map((l) => l.key);

const assetLines: StatementLine[] = [
  heading('currentAssetsHeading', '流动资产：', 'Current assets:'),
  ...currentAssets,
  sumOf('currentAssetsTotal', '流动资产合计', 'Total current assets', 'subtotal', keys(currentAssets)),
  heading('nonCurrentAssetsHeading', '非流动资产：', 'Non-current assets:'),
  ...nonCurrentAssets,
  sumOf('nonCurrentAssetsTotal', '非流动资产合计', 'Total non-current assets', 'subtotal', keys(nonCurrentAssets)),
  sumOf('assetsTotal', '资产总计', 'Total assets', 'total', ['currentAssetsTotal', 'nonCurrentAssetsTotal']),
];

const claimLines: StatementLine[] = [
  heading('currentLiabilitiesHeading', '流动负债：', 'Current liabilities:'),
  ...currentLiabilities,
  sumOf('currentLiabilitiesTotal', '流动负债合计', 'Total current liabilities', 'subtotal', keys(currentLiabilities)),
  heading('nonCurrentLiabilitiesHeading', '非流动负债：', 'Non-current liabilities:'),
  ...nonCurrentLiabilities,
  sumOf('nonCurrentLiabilitiesTotal', '非流动负债合计', 'Total non-current liabilities', 'subtotal', keys(nonCurrentLiabilities)),
  sumOf('liabilitiesTotal', '负债合计', 'Total liabilities', 'total', ['currentLiabilitiesTotal', 'nonCurrentLiabilitiesTotal']),
  heading('equityHeading', '所有者权益（或股东权益）：', "Owners' equity:"),
  ...equity,
  sumOf('equityTotal', '所有者权益合计', "Total owners' equity", 'total', keys(equity)),
  sumOf('liabilitiesAndEquityTotal', '负债和所有者权益总计', "Total liabilities and owners' equity", 'total', ['liabilitiesTotal', 'equityTotal']),
];

export const balanceSheetAssets = numberLines(assetLines);
/** 行次 continue from the asset side, as on the printed form. */
export const balanceSheetClaims = numberLines(claimLines, (balanceSheetAssets.at(-1)?.lineNo ?? 0) + 1);
